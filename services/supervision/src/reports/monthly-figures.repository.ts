import { Injectable } from '@nestjs/common';
import { quotedTable } from '@hotline/persistence';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type DurationBucket,
  type DurationFigures,
  type MonthlyCountId,
  monthOfInstant,
  percentileOfHistogram,
  zeroCounts,
} from '@hotline/domain';
import { DataSource } from 'typeorm';
import { SupervisionCaseRecord } from '../supervision-cases/supervision-case.entity';
import { ReportBreakdownDay } from './report-breakdown-day.entity';
import { ReportDurationMinute } from './report-duration-minute.entity';
import { ReportUnitDay } from './report-unit-day.entity';
import { ReportWorkOrder } from './report-work-order.entity';

/** The counts of one unit (null: city-wide) in a month, with its durations. */
export interface UnitMonthFigures {
  unitId: string | null;
  counts: Record<MonthlyCountId, number>;
  durations: DurationFigures;
}

/** A unit's figures (the city's: null) before anything is counted: every count 0, no duration. */
export function emptyUnitFigures(unitId: string | null): UnitMonthFigures {
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

/** The outcome figures a breakdown row and a trend month both show, summed from the rollups' columns. */
export interface OutcomeFigures {
  received: number;
  completed: number;
  completedOnTime: number;
  callbacks: number;
  satisfied: number;
  appealsExcluded: number;
}

export interface BreakdownFigures extends OutcomeFigures {
  dimension: 'type' | 'district' | 'field';
  key: string | null;
}

export interface TrendFigures extends OutcomeFigures {
  month: string;
  /** known for a frozen month and the month reported; the model does not keep it for earlier months */
  openOverdue?: number;
}

const BEIJING_DAY = (parameter: string) => `(timezone('Asia/Shanghai', ${parameter}::timestamptz))::date`;
const sum = (column: string, name: string) => `coalesce(sum(${column}), 0)::int AS "${name}"`;
const OUTCOME_COLUMNS = {
  received: 'received',
  completed: 'completed',
  completedOnTime: 'completed_on_time',
  callbacks: 'callbacks',
  satisfied: 'satisfied',
  appealsExcluded: 'appeals_excluded',
} as const satisfies Record<keyof OutcomeFigures, string>;
/** The select list of the outcome figures, in the order of OUTCOME_COLUMNS. */
const OUTCOME_SUMS = Object.entries(OUTCOME_COLUMNS)
  .map(([name, column]) => sum(column, name))
  .join(', ');
/** A group is listed when an order of it was received, completed or called back in the period. */
const HAD_OUTCOMES = 'sum(received) + sum(completed) + sum(callbacks) > 0';
const outcomesOf = (row: Record<string, unknown>): OutcomeFigures => ({
  received: Number(row.received),
  completed: Number(row.completed),
  completedOnTime: Number(row.completedOnTime),
  callbacks: Number(row.callbacks),
  satisfied: Number(row.satisfied),
  appealsExcluded: Number(row.appealsExcluded),
});
const DURATIONS = [
  ['sign', 'medianWorkingDaysToSign', 0.5],
  ['sign', 'p90WorkingDaysToSign', 0.9],
  ['complete', 'medianWorkingDaysToComplete', 0.5],
  ['complete', 'p90WorkingDaysToComplete', 0.9],
] as const;

/**
 * R24.1 the monthly counts, in SQL over the report model's rollups (per unit and day, per type, district and field and
 * day: see rollupDelta), each as MONTHLY_COUNTS of @hotline/domain defines it (the ids are the column names).
 * City-wide figures come from the same pass (GROUPING SETS), so they are not the sum of units' rates. Durations are
 * merged from the per-minute histograms (percentileOfHistogram). Periods are whole months.
 */
@Injectable()
export class MonthlyFiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async unitFigures(start: Date, end: Date, asOf: Date): Promise<UnitMonthFigures[]> {
    const days = quotedTable(this.dataSource, ReportUnitDay);
    const facts = quotedTable(this.dataSource, ReportWorkOrder);
    const cases = quotedTable(this.dataSource, SupervisionCaseRecord);
    const [counts, overdue, supervised, durations] = await Promise.all([
      this.dataSource.query(
        `SELECT NULLIF(unit_key, '') AS unit_id, GROUPING(unit_key) AS city,
           ${sum('received', 'received')},
           ${sum('dispatched', 'dispatched')},
           ${sum('returned', 'returned')},
           ${sum('returns_approved', 'returnsApproved')},
           ${sum('signed', 'signed')},
           ${sum('signed_on_time', 'signedOnTime')},
           ${sum('completed', 'completed')},
           ${sum('completed_on_time', 'completedOnTime')},
           ${sum('completed_late', 'completedLate')},
           ${sum('extensions', 'extensions')},
           ${sum('extensions_approved', 'extensionsApproved')},
           ${sum('callbacks', 'callbacks')},
           ${sum('contacted', 'contacted')},
           ${sum('satisfied', 'satisfied')},
           ${sum('appeals_excluded', 'appealsExcluded')},
           ${sum('rehandled', 'rehandled')}
         FROM ${days} WHERE day >= ${BEIJING_DAY('$1')} AND day < ${BEIJING_DAY('$2')}
         GROUP BY GROUPING SETS ((unit_key), ())
         HAVING GROUPING(unit_key) = 1 OR sum(state_changes) + sum(received) > 0`,
        [start, end],
      ),
      this.dataSource.query(
        `SELECT lead_unit_id AS unit_id, GROUPING(lead_unit_id) AS city, count(*)::int AS "openOverdue"
         FROM ${facts} WHERE running_due IS NOT NULL AND running_due < $1 AND (completed_at IS NULL OR completed_at > $1)
         GROUP BY GROUPING SETS ((lead_unit_id), ())`,
        [asOf],
      ),
      this.dataSource.query(
        `SELECT unit_id, count(*)::int AS "supervisionCases" FROM ${cases}, unnest(unit_ids) AS unit_id
          WHERE opened_at >= $1 AND opened_at < $2 GROUP BY unit_id
         UNION ALL
         SELECT NULL, count(*)::int FROM ${cases} WHERE opened_at >= $1 AND opened_at < $2`,
        [start, end],
      ),
      this.durations(start, end),
    ]);
    return this.merge(counts, overdue, supervised, durations);
  }

  /** Each unit's and the city's medians and p90s, from the month's histograms (rows as the counts' rows). */
  private async durations(start: Date, end: Date): Promise<Record<string, unknown>[]> {
    const rows: { unit_key: string; kind: 'sign' | 'complete'; minute: number; count: number }[] =
      await this.dataSource.query(
        `SELECT unit_key, kind, minute, count FROM ${quotedTable(this.dataSource, ReportDurationMinute)}
          WHERE month >= $1 AND month < $2 AND count <> 0`,
        [monthOfInstant(start), monthOfInstant(end)],
      );
    const histograms = new Map<string, Record<'sign' | 'complete', DurationBucket[]>>();
    const of = (unitKey: string) => {
      const known = histograms.get(unitKey);
      if (known) return known;
      const empty = { sign: [], complete: [] };
      histograms.set(unitKey, empty);
      return empty;
    };
    for (const row of rows) {
      const bucket = { minute: Number(row.minute), count: Number(row.count) };
      of(row.unit_key)[row.kind].push(bucket);
      of('\u0000city')[row.kind].push(bucket);
    }
    of('\u0000city');
    return [...histograms.entries()].map(([unitKey, histogram]) => ({
      ...(unitKey === '\u0000city' ? { city: 1, unit_id: null } : { city: 0, unit_id: unitKey || null }),
      ...Object.fromEntries(
        DURATIONS.map(([kind, name, fraction]) => [name, percentileOfHistogram(histogram[kind], fraction)]),
      ),
    }));
  }

  private merge(...sources: Record<string, unknown>[][]): UnitMonthFigures[] {
    const byUnit = new Map<string, UnitMonthFigures>();
    const keyOf = (row: Record<string, unknown>) =>
      row.city === 1 || row.city === '1' || (row.city === undefined && row.unit_id === null)
        ? '\u0000city'
        : String(row.unit_id ?? '(none)');
    for (const rows of sources) {
      for (const row of rows) {
        const key = keyOf(row);
        const figures = byUnit.get(key) ?? emptyUnitFigures(key === '\u0000city' ? null : key);
        byUnit.set(key, figures);
        for (const [name, value] of Object.entries(row)) {
          if (name in figures.counts) figures.counts[name as MonthlyCountId] = Number(value);
          if (name in figures.durations) {
            (figures.durations as unknown as Record<string, number | null>)[name] =
              value === null ? null : Math.round(Number(value) * 100) / 100;
          }
          if (name === 'completedLate') figures.counts.overdue += Number(value);
          if (name === 'openOverdue') figures.counts.overdue += Number(value);
        }
      }
    }
    if (!byUnit.has('\u0000city')) this.merge([{ city: 1 }]).forEach((city) => byUnit.set('\u0000city', city));
    return [...byUnit.values()];
  }

  async breakdowns(start: Date, end: Date): Promise<BreakdownFigures[]> {
    const days = quotedTable(this.dataSource, ReportBreakdownDay);
    // ordered by dimension, then most received first (column 3: the first of OUTCOME_SUMS), then key
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT CASE WHEN GROUPING(type_key) = 0 THEN 'type' WHEN GROUPING(district_key) = 0 THEN 'district' ELSE 'field' END
                AS dimension,
              NULLIF(coalesce(type_key, district_key, field_key), '') AS key,
              ${OUTCOME_SUMS}
         FROM ${days} WHERE day >= ${BEIJING_DAY('$1')} AND day < ${BEIJING_DAY('$2')}
        GROUP BY GROUPING SETS ((type_key), (district_key), (field_key))
       HAVING ${HAD_OUTCOMES}
        ORDER BY 1, 3 DESC, 2`,
      [start, end],
    );
    return rows.map((row) => ({
      dimension: row.dimension as BreakdownFigures['dimension'],
      key: (row.key as string | null) ?? null,
      ...outcomesOf(row),
    }));
  }

  /** City-wide figures of each month in [start, end), for the 12-month trend. */
  async trend(start: Date, end: Date): Promise<TrendFigures[]> {
    const months: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM') AS month, ${OUTCOME_SUMS}
       FROM ${quotedTable(this.dataSource, ReportUnitDay)}
       WHERE day >= ${BEIJING_DAY('$1')} AND day < ${BEIJING_DAY('$2')} GROUP BY 1
       HAVING ${HAD_OUTCOMES}`,
      [start, end],
    );
    return months.map((row) => ({ month: String(row.month), ...outcomesOf(row) }));
  }
}
