import { Injectable } from '@nestjs/common';
import { SubordinateUnits, UnitIdQuery } from '@hotline/contracts';
import { subordinateUnitIds } from '@hotline/domain';
import { UnitRepository } from './unit.repository';

/** Art. 8(4): the units below a unit in the directory, at any depth; none for a unit without any (or unknown). */
@Injectable()
export class GetSubordinateUnitsUseCase {
  constructor(private readonly units: UnitRepository) {}

  async execute(query: UnitIdQuery): Promise<SubordinateUnits> {
    const hierarchy = await this.units.hierarchy();
    return { unitId: query.id, subordinateUnitIds: subordinateUnitIds(query.id, hierarchy) };
  }
}
