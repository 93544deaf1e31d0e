import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JurisdictionView } from '@hotline/contracts';
import { DistrictPlace, JurisdictionEntry, JurisdictionKind, placeOfDistrict } from '@hotline/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Jurisdiction } from './jurisdiction.entity';

/** How long another replica may answer from the table it read before an administrator's edit. */
const CACHE_MS = 10_000;

/**
 * The city's jurisdiction reference table as the domain reads it. Small (≈100 rows) and read on every request,
 * so it is kept for a few seconds; an edit through this replica is seen at once, through another within CACHE_MS.
 */
@Injectable()
export class JurisdictionTable {
  private cached?: { readAt: number; entries: Promise<JurisdictionView[]> };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  entries(manager?: EntityManager): Promise<JurisdictionView[]> {
    if (manager) return read(manager);
    if (!this.cached || Date.now() - this.cached.readAt > CACHE_MS) {
      const entries = read(this.dataSource.manager);
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
  async placeOf(district: string | undefined, manager?: EntityManager): Promise<DistrictPlace | undefined> {
    if (district === undefined) return undefined;
    return placeOfDistrict(await this.entries(manager), district);
  }
}

async function read(manager: EntityManager): Promise<JurisdictionView[]> {
  const rows = await manager.find(Jurisdiction, { order: { code: 'ASC' } });
  return rows.map(toView);
}

export function toView(row: Jurisdiction): JurisdictionView & JurisdictionEntry {
  return { code: row.code, name: row.name, kind: row.kind as JurisdictionKind, parentCode: row.parentCode, aliases: [...row.aliases] };
}
