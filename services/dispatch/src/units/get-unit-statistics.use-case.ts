import { Injectable } from '@nestjs/common';
import { UnitIdQuery, UnitStatistics } from '@hotline/contracts';
import { UnitStatisticsReader } from './unit-statistics';

/** A unit's dispatch and return counts (404 for a unit not in the directory). */
@Injectable()
export class GetUnitStatisticsUseCase {
  constructor(private readonly statistics: UnitStatisticsReader) {}

  async execute(query: UnitIdQuery): Promise<{ unitId: string } & UnitStatistics> {
    const { statistics } = await this.statistics.read(query.id);
    return { unitId: query.id, ...statistics };
  }
}
