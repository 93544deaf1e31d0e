import { Injectable } from '@nestjs/common';
import { UnitStatistics } from '@hotline/contracts';
import { NotFoundError } from '@hotline/domain';
import { AssignmentRepository } from '../dispatching/assignment.repository';
import { ReturnReviewRepository } from '../returns/return-review.repository';
import { UnitRecord } from './unit.entity';
import { UnitRepository } from './unit.repository';

/** A unit of the directory (404 when there is none) with its dispatch and return counts. */
@Injectable()
export class UnitStatisticsReader {
  constructor(
    private readonly units: UnitRepository,
    private readonly assignments: AssignmentRepository,
    private readonly returns: ReturnReviewRepository,
  ) {}

  async read(id: string): Promise<{ unit: UnitRecord; statistics: UnitStatistics }> {
    const unit = await this.units.findById(id);
    if (!unit) throw new NotFoundError(`no unit ${id}`);
    const [assignments, returns] = await Promise.all([this.assignments.countsOf(id), this.returns.countsOf(id)]);
    return { unit, statistics: { ...assignments, ...returns } };
  }
}
