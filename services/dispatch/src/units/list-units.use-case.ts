import { Injectable } from '@nestjs/common';
import { ListUnitsQuery, UnitView } from '@hotline/contracts';
import { UnitRepository } from './unit.repository';
import { toUnitView } from './unit-view';

/** The directory as the administrator and the centre read it, by kind, parent or area. */
@Injectable()
export class ListUnitsUseCase {
  constructor(private readonly units: UnitRepository) {}

  async execute(query: ListUnitsQuery): Promise<{ items: UnitView[] }> {
    return { items: (await this.units.list(query)).map((record) => toUnitView(record)) };
  }
}
