import { Injectable } from '@nestjs/common';
import { BranchOrderMonthView } from '@hotline/contracts';
import { sumBranchOrderMonthCounts, withBranchOrderCounts } from '@hotline/domain';
import { BranchOrderBreakdownCounts, BranchOrdersRepository } from '../branch-orders/branch-orders.repository';
import { BreakdownFigures, emptyUnitFigures, UnitMonthFigures } from './monthly-figures.repository';
import { BREAKDOWN_ZERO } from './report-rollups';

const CITY = '\u0000city';

/**
 * R10.2, R24.1, R25.1: branch centres' orders count in the month of the unit answering for them (and city-wide) like
 * its own work orders: received, completed, on time, overdue (branchOrderMonthCounts of @hotline/domain); per branch
 * centre and unit they are the report's `branchOrders`, marked apart.
 */
@Injectable()
export class BranchOrderFigures {
  constructor(private readonly branchOrders: BranchOrdersRepository) {}

  of(start: Date, end: Date, asOf: Date): Promise<BranchOrderMonthView[]> {
    return this.branchOrders.monthCounts(start, end, asOf);
  }

  breakdowns(start: Date, end: Date): Promise<BranchOrderBreakdownCounts[]> {
    return this.branchOrders.breakdowns(start, end);
  }
}

/**
 * The month's breakdowns by type, district and field with its branch orders added to the group of their request type
 * and district; they carry no field, so they count in the field breakdown's unknown group. Most received first.
 */
export function withBranchOrderBreakdowns(
  ours: readonly BreakdownFigures[],
  branchOrders: readonly BranchOrderBreakdownCounts[],
): BreakdownFigures[] {
  const keyOf = (row: { dimension: string; key: string | null }) => `${row.dimension}\u0000${row.key ?? ''}`;
  const result = new Map(ours.map((row) => [keyOf(row), { ...row }]));
  for (const branch of branchOrders) {
    if (branch.received + branch.completed === 0) continue;
    const row = result.get(keyOf(branch)) ?? { dimension: branch.dimension, key: branch.key, ...BREAKDOWN_ZERO };
    row.received += branch.received;
    row.completed += branch.completed;
    row.completedOnTime += branch.completedOnTime;
    result.set(keyOf(branch), row);
  }
  return [...result.values()].sort(
    (a, b) =>
      a.dimension.localeCompare(b.dimension) || b.received - a.received || (a.key ?? '').localeCompare(b.key ?? ''),
  );
}

/** The units' and the city's figures with the month's branch orders added (a unit with branch orders only is added). */
export function withBranchOrders(
  all: readonly UnitMonthFigures[],
  branchOrders: readonly BranchOrderMonthView[],
): UnitMonthFigures[] {
  const keyOf = (figures: UnitMonthFigures) => (figures.unitId === null ? CITY : figures.unitId);
  const result = new Map(all.map((figures) => [keyOf(figures), figures]));
  const add = (key: string, groups: readonly BranchOrderMonthView[]) => {
    const figures = result.get(key) ?? emptyUnitFigures(key === CITY ? null : key);
    result.set(key, { ...figures, counts: withBranchOrderCounts(figures.counts, sumBranchOrderMonthCounts(groups)) });
  };
  const units = new Set(branchOrders.flatMap((group) => (group.unitId ? [group.unitId] : [])));
  for (const unitId of units)
    add(
      unitId,
      branchOrders.filter((group) => group.unitId === unitId),
    );
  if (branchOrders.length > 0) add(CITY, branchOrders);
  return [...result.values()];
}
