import { Injectable } from '@nestjs/common';
import { reportMonthOf, sumBranchOrderMonthCounts, withBranchOrderTrend } from '@hotline/domain';
import { BranchOrderFigures } from './branch-order-figures';
import { FrozenMonthsRepository } from './frozen-months.repository';
import { MonthlyFiguresRepository, TrendFigures } from './monthly-figures.repository';

const TREND_COUNTS = [
  'received',
  'completed',
  'completedOnTime',
  'callbacks',
  'satisfied',
  'appealsExcluded',
  'openOverdue',
] as const;

const NO_COUNTS = { received: 0, completed: 0, completedOnTime: 0, callbacks: 0, satisfied: 0, appealsExcluded: 0 };

/**
 * R24.1 the earlier months of the 12-month trend: a frozen month as it was published (its figures do not move, and
 * a year of a big city's steps is not read again, branch orders included), the others counted from the report model
 * with their branch orders added (R10.2).
 */
@Injectable()
export class MonthlyTrend {
  constructor(
    private readonly figures: MonthlyFiguresRepository,
    private readonly frozen: FrozenMonthsRepository,
    private readonly branchOrders: BranchOrderFigures,
  ) {}

  async of(months: readonly string[]): Promise<TrendFigures[]> {
    const published = await this.frozen.cityCounts(months);
    const open = months.filter((month) => !published.has(month));
    const counted =
      open.length === 0
        ? []
        : await this.figures.trend(reportMonthOf(open[0]).start, reportMonthOf(open[open.length - 1]).end);
    const byMonth = new Map(counted.map((row) => [row.month, row]));
    for (const month of open) {
      const { start, end } = reportMonthOf(month);
      const branch = sumBranchOrderMonthCounts(await this.branchOrders.of(start, end, end));
      if (branch.received + branch.completed === 0) continue;
      const own = byMonth.get(month) ?? { month, ...NO_COUNTS };
      byMonth.set(month, withBranchOrderTrend(own, branch));
    }
    for (const [month, counts] of published) {
      const row = { month } as TrendFigures;
      for (const name of TREND_COUNTS) row[name] = Number(counts?.[name] ?? 0);
      byMonth.set(month, row);
    }
    return months.flatMap((month) => byMonth.get(month) ?? []);
  }
}
