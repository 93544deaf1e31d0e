import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JurisdictionView } from '@hotline/contracts';
import { findTopLevelJurisdiction, JurisdictionEntry, JurisdictionKind } from '@hotline/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Jurisdiction } from './jurisdiction.entity';

/** The city's jurisdiction reference table as the domain reads it. Small (≈100 rows): read whole each time. */
@Injectable()
export class JurisdictionTable {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async entries(manager: EntityManager = this.dataSource.manager): Promise<JurisdictionView[]> {
    const rows = await manager.find(Jurisdiction, { order: { code: 'ASC' } });
    return rows.map(toView);
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

export function toView(row: Jurisdiction): JurisdictionView & JurisdictionEntry {
  return { code: row.code, name: row.name, kind: row.kind as JurisdictionKind, parentCode: row.parentCode, aliases: [...row.aliases] };
}
