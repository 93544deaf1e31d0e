import { Injectable } from '@nestjs/common';
import { JurisdictionView } from '@hotline/contracts';
import { DistrictPlace, JurisdictionEntry, placeOfDistrict } from '@hotline/domain';
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
  private cached?: { readAt: number; entries: Promise<JurisdictionView[]> };

  constructor(private readonly jurisdictions: JurisdictionRepository) {}

  entries(): Promise<JurisdictionView[]> {
    if (!this.cached || Date.now() - this.cached.readAt > CACHE_MS) {
      const entries = this.jurisdictions.findAll().then((rows) => rows.map(toView));
      this.cached = { readAt: Date.now(), entries };
      entries.catch(() => (this.cached = undefined));
    }
    return this.cached.entries;
  }

  forget(): void {
    this.cached = undefined;
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
