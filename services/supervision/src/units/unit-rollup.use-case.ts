import { Injectable } from '@nestjs/common';
import { domainActorOf, UnitRollupQuery, UnitRollupView, UnitWorkOrderCounts } from '@hotline/contracts';
import { AccessDeniedError, workOrderVisibilityOf } from '@hotline/domain';
import { WorkOrderListingRepository } from '../work-orders/work-order-listing.repository';

/**
 * Art. 8(4) (指导、协调和监督下级单位): a unit's open and overdue work orders, and those of each unit below it, rolled
 * up. The centre asks for any unit; a unit for itself or a unit below it, never for one beside it.
 */
export class UnitRollupCommand {
  constructor(
    readonly query: UnitRollupQuery,
    readonly now: Date,
  ) {}
}

@Injectable()
export class UnitRollupUseCase {
  constructor(private readonly listings: WorkOrderListingRepository) {}

  async execute({ query, now }: UnitRollupCommand): Promise<UnitRollupView> {
    const { viewer, unitId, subordinateUnitIds } = query;
    const visibility = workOrderVisibilityOf(domainActorOf(viewer));
    const own = visibility.kind === 'handled-by' && visibility.unitId === unitId;
    const above = visibility.kind === 'handled-by' && (visibility.supervisedUnitIds ?? []).includes(unitId);
    if (visibility.kind === 'none' || (visibility.kind === 'handled-by' && !own && !above))
      throw new AccessDeniedError(`unit ${unitId} is neither unit ${viewer.unitId ?? '?'} nor one below it`);
    const subordinates = subordinateUnitIds.filter((id) => id !== unitId);
    const counted = await this.listings.countsByLeadUnit([unitId, ...subordinates], now);
    const countsOf = (id: string): UnitWorkOrderCounts =>
      counted.find((row) => row.unitId === id) ?? { unitId: id, open: 0, overdue: 0 };
    const all = [unitId, ...subordinates].map(countsOf);
    return {
      unitId,
      own: countsOf(unitId),
      subordinates: subordinates.map(countsOf),
      total: {
        open: all.reduce((sum, row) => sum + row.open, 0),
        overdue: all.reduce((sum, row) => sum + row.overdue, 0),
      },
    };
  }
}
