import { Injectable } from '@nestjs/common';
import { BreakdownView, MonthlyReport, TrendView } from '@hotline/contracts';
import {
  daysOfMonth,
  DURATION_PRECISION,
  MONTHLY_COUNTS,
  MONTHLY_RATES,
  monthlyRatesOf,
  type MonthlyCounts,
  monthsEndingWith,
  monthStateAt,
  type ReportMonth,
  scoreUnits,
  zeroCounts,
} from '@hotline/domain';
import { AssessmentMethodInForce } from './assessment-method-in-force';
import { BranchOrderFigures, withBranchOrderBreakdowns, withBranchOrders } from './branch-order-figures';
import { BreakdownFigures, MonthlyFiguresRepository } from './monthly-figures.repository';
import { MonthlyTrend } from './monthly-trend';
import { OpenOrdersSnapshotRepository } from './open-orders-snapshot.repository';
import { cityOf, unitMonthView, unitsOnly } from './unit-month-view';

const LIST_SIZE = 5;

type RateInputs = Pick<
  MonthlyCounts,
  'completed' | 'completedOnTime' | 'callbacks' | 'satisfied' | 'appealsExcluded'
> & {
  openOverdue?: number;
};

/** A rate of a breakdown or a trend month, by the same definition as a unit's (open overdue where it is known). */
const rateOfCounts = (id: string, counts: RateInputs) => {
  const { completed, completedOnTime, callbacks, satisfied, appealsExcluded, openOverdue = 0 } = counts;
  const inputs = { completed, completedOnTime, callbacks, satisfied, appealsExcluded, openOverdue };
  return monthlyRatesOf({ ...zeroCounts(), ...inputs })[id];
};

function breakdownView(rows: BreakdownFigures[], dimension: BreakdownFigures['dimension']): BreakdownView[] {
  return rows
    .filter((row) => row.dimension === dimension)
    .map((row) => ({
      key: row.key,
      received: row.received,
      completed: row.completed,
      completedOnTimeRate: rateOfCounts('completedOnTimeRate', row),
      callbacks: row.callbacks,
      satisfactionRate: rateOfCounts('satisfactionRate', row),
    }));
}

/** R24.1 computes a month's report from the report model (no freezing here: see GetMonthlyReportUseCase). */
@Injectable()
export class BuildMonthlyReport {
  constructor(
    private readonly figures: MonthlyFiguresRepository,
    private readonly snapshots: OpenOrdersSnapshotRepository,
    private readonly methods: AssessmentMethodInForce,
    private readonly earlierMonths: MonthlyTrend,
    private readonly branchOrders: BranchOrderFigures,
  ) {}

  async build(month: ReportMonth, now: Date): Promise<MonthlyReport> {
    const state = monthStateAt(month, now);
    const asOf = state === 'running' ? now : month.end;
    const trendMonths = monthsEndingWith(month.month, 12);
    const [ours, branchOrders, ourBreakdowns, branchBreakdowns, trend, backlog, { method, view }] = await Promise.all([
      this.figures.unitFigures(month.start, month.end, asOf),
      this.branchOrders.of(month.start, month.end, asOf),
      this.figures.breakdowns(month.start, month.end),
      this.branchOrders.breakdowns(month.start, month.end),
      this.earlierMonths.of(trendMonths.slice(0, -1)),
      this.snapshots.backlog(daysOfMonth(month)),
      this.methods.at(month.start),
    ]);
    const all = withBranchOrders(ours, branchOrders);
    const breakdowns = withBranchOrderBreakdowns(ourBreakdowns, branchBreakdowns);
    const city = cityOf(all);
    const units = unitsOnly(all).sort((a, b) => a.unitId.localeCompare(b.unitId));
    const active = units.filter((unit) => unit.counts.dispatched + unit.counts.completed + unit.counts.callbacks > 0);
    const ranked = scoreUnits(method, new Map(active.map((unit) => [unit.unitId, unit.counts])));
    const short = ({ unitId, score, rank }: { unitId: string; score: number; rank: number }) => ({
      unitId,
      score,
      rank,
    });
    // the month itself from its own figures (not counted twice)
    const byMonth = new Map([...trend, { month: month.month, ...city.counts }].map((row) => [row.month, row]));
    return {
      month: month.month,
      state,
      asOf: asOf.toISOString(),
      generatedAt: now.toISOString(),
      definitions: {
        counts: MONTHLY_COUNTS.map(({ id, zh, requirement, formula }) => ({ id, zh, requirement, formula })),
        rates: MONTHLY_RATES.map(({ id, zh, requirement, formula }) => ({ id, zh, requirement, formula })),
        durationPrecision: DURATION_PRECISION,
      },
      city: unitMonthView(city),
      units: units.map(unitMonthView),
      breakdowns: {
        type: breakdownView(breakdowns, 'type'),
        district: breakdownView(breakdowns, 'district'),
        field: breakdownView(breakdowns, 'field'),
      },
      trend: trendMonths.map((trendMonth): TrendView => {
        const row = byMonth.get(trendMonth);
        return {
          month: trendMonth,
          received: row?.received ?? 0,
          completed: row?.completed ?? 0,
          completedOnTimeRate: row ? rateOfCounts('completedOnTimeRate', row) : null,
          satisfactionRate: row ? rateOfCounts('satisfactionRate', row) : null,
        };
      }),
      backlog,
      ranking: ranked.map(short),
      redList: ranked.slice(0, LIST_SIZE).map(short),
      blackList: ranked.length > LIST_SIZE ? ranked.slice(-LIST_SIZE).reverse().map(short) : [],
      assessmentMethodVersion: view.version,
      corrections: [],
      branchOrders,
    };
  }
}
