import { Injectable } from '@nestjs/common';
import { UnitIdQuery, UnitView } from '@hotline/contracts';
import { UnitStatisticsReader } from './unit-statistics';
import { toUnitView } from './unit-view';

/** One unit of the directory with its dispatch and return counts. */
@Injectable()
export class GetUnitUseCase {
  constructor(private readonly statistics: UnitStatisticsReader) {}

  async execute(query: UnitIdQuery): Promise<UnitView> {
    const { unit, statistics } = await this.statistics.read(query.id);
    return toUnitView(unit, statistics);
  }
}
