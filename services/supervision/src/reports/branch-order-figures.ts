import { Injectable } from '@nestjs/common';
import { BranchOrderMonthView } from '@hotline/contracts';
import { branchOrderMonthCounts, withBranchOrderCounts, zeroCounts } from '@hotline/domain';
import {
  BranchOrderOfMonth,
  branchOrderTimesOf,
  BranchOrdersRepository,
} from '../branch-orders/branch-orders.repository';
import { UnitMonthFigures } from './monthly-figures.repository';

/** A month's branch orders: per branch and unit, marked apart in the report. */
export interface BranchOrderMonth {
  orders: BranchOrderOfMonth[];
  views: BranchOrderMonthView[];
}

const CITY = '\u0000city';

/**
 * R10.2, R24.1, R25.1: branch centres' orders count in the month of the unit answering for them (and city-wide) like
 * its own work orders: received, completed, on time, overdue (branchOrderMonthCounts of @hotline/domain).
 */
@Injectable()
export class BranchOrderFigures {
  constructor(private readonly branchOrders: BranchOrdersRepository) {}

  async of(start: Date, end: Date, asOf: Date): Promise<BranchOrderMonth> {
    const orders = await this.branchOrders.ofMonth(start, end, asOf);
    const groups = groupBy(orders, (order) => `${order.branch}\n${order.unitId ?? ''}`);
    const views = [...groups.values()]
      .map((group): BranchOrderMonthView => {
        const counts = branchOrderMonthCounts(group.map(branchOrderTimesOf), start, end, asOf);
        return { branch: group[0].branch, unitId: group[0].unitId, ...counts };
      })
      .sort((a, b) => a.branch.localeCompare(b.branch) || (a.unitId ?? '').localeCompare(b.unitId ?? ''));
    return { orders, views };
  }
}

/** The units' and the city's figures with the month's branch orders added (a unit with branch orders only is added). */
export function withBranchOrders(
  all: readonly UnitMonthFigures[],
  month: BranchOrderMonth,
  [start, end, asOf]: [Date, Date, Date],
): UnitMonthFigures[] {
  const byUnit = groupBy(month.orders, (order) => order.unitId ?? '');
  const keyOf = (figures: UnitMonthFigures) => (figures.unitId === null ? CITY : figures.unitId);
  const result = new Map(all.map((figures) => [keyOf(figures), figures]));
  const add = (key: string, orders: readonly BranchOrderOfMonth[]) => {
    const figures = result.get(key) ?? emptyFigures(key === CITY ? null : key);
    const counts = withBranchOrderCounts(
      figures.counts,
      branchOrderMonthCounts(orders.map(branchOrderTimesOf), start, end, asOf),
    );
    result.set(key, { ...figures, counts });
  };
  for (const [unitId, orders] of byUnit) if (unitId !== '') add(unitId, orders);
  if (month.orders.length > 0) add(CITY, month.orders);
  return [...result.values()];
}

function emptyFigures(unitId: string | null): UnitMonthFigures {
  return {
    unitId,
    counts: zeroCounts(),
    durations: {
      medianWorkingDaysToSign: null,
      p90WorkingDaysToSign: null,
      medianWorkingDaysToComplete: null,
      p90WorkingDaysToComplete: null,
    },
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
