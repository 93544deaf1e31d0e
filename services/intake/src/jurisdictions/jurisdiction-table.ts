import { Injectable } from '@nestjs/common';
import { JurisdictionView } from '@hotline/contracts';
import { DistrictPlace, JurisdictionEntry, placeOfDistrict } from '@hotline/domain';
import { KeptRead } from '../kept-read';
import { Jurisdiction } from './jurisdiction.entity';
import { JurisdictionRepository } from './jurisdiction.repository';

/** How long another replica may answer from the table it read before an administrator's edit. */
const CACHE_MS = 10_000;

/**
 * The city's jurisdiction reference table as the domain reads it. Small (≈100 rows) and read on every request,
 * so it is kept for a few seconds; an edit through this replica is seen at once, through another within CACHE_MS.
 */
@Injectable()
export class JurisdictionTable {
  private readonly table: KeptRead<JurisdictionView[]>;

  constructor(jurisdictions: JurisdictionRepository) {
    this.table = new KeptRead(() => jurisdictions.findAll().then((rows) => rows.map(toView)), CACHE_MS);
  }

  entries(): Promise<JurisdictionView[]> {
    return this.table.get();
  }

  forget(): void {
    this.table.forget();
  }

  /**
   * Where a `location.district` lies (R13.2): one of Xiangtan's, by name or alias (高新区 → 湘潭高新区), known to lie
   * outside the city (岳麓区), or unknown. Never a refusal: an address outside the city is recorded (R13.1(8)).
   */
  async placeOf(district: string | undefined): Promise<DistrictPlace | undefined> {
    if (district === undefined) return undefined;
    return placeOfDistrict(await this.entries(), district);
  }
}

export function toView(row: Jurisdiction): JurisdictionView & JurisdictionEntry {
  return { code: row.code, name: row.name, kind: row.kind, parentCode: row.parentCode, aliases: [...row.aliases] };
}
