import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JurisdictionView } from '@hotline/contracts';
import { findTopLevelJurisdiction, JurisdictionEntry, JurisdictionKind } from '@hotline/domain';
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
   * The official name of a district, county, city or zone given by name or alias (高新区 → 湘潭高新区);
   * 400 naming `location.district` when it is none of Xiangtan's.
   */
  async knownDistrict(district: string | undefined, manager?: EntityManager): Promise<string | undefined> {
    if (district === undefined) return undefined;
    const entry = findTopLevelJurisdiction(await this.entries(manager), district);
    if (entry) return entry.name;
    const problem = 'location.district must be a district, county, city or zone of Xiangtan (see GET /api/v1/admin/jurisdictions)';
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: problem, details: [{ field: 'location.district', problems: [problem] }] });
  }
}

async function read(manager: EntityManager): Promise<JurisdictionView[]> {
  const rows = await manager.find(Jurisdiction, { order: { code: 'ASC' } });
  return rows.map(toView);
}

export function toView(row: Jurisdiction): JurisdictionView & JurisdictionEntry {
  return { code: row.code, name: row.name, kind: row.kind as JurisdictionKind, parentCode: row.parentCode, aliases: [...row.aliases] };
}
