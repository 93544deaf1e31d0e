import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DurationFigures, type MonthlyCountId, zeroCounts } from '@hotline/domain';
import { DataSource } from 'typeorm';
import { SupervisionCaseRecord } from '../supervision-cases/supervision-case.entity';
import { quotedTable } from './quoted-table';
import { ReportStateChange } from './report-state-change.entity';
import { ReportWorkOrder } from './report-work-order.entity';

/** The counts of one unit (null: city-wide) in a month, with its durations. */
export interface UnitMonthFigures {
  unitId: string | null;
  counts: Record<MonthlyCountId, number>;
  durations: DurationFigures;
}

export interface BreakdownFigures {
  dimension: 'type' | 'district' | 'field';
  key: string | null;
  received: number;
  completed: number;
  completedOnTime: number;
  callbacks: number;
  satisfied: number;
  appealsExcluded: number;
}

export interface TrendFigures {
  month: string;
  /** known for a frozen month and the month reported; the model does not keep it for earlier months */
  openOverdue?: number;
  received: number;
  completed: number;
  completedOnTime: number;
  callbacks: number;
  satisfied: number;
  appealsExcluded: number;
}

const SIGN = `step IN ('sign', 'deem-signed')`;
const CALLBACK = `step = 'record-callback'`;
const MONTH_OF = (column: string) => `to_char(timezone('Asia/Shanghai', ${column}), 'YYYY-MM')`;

/**
 * R24.1 the monthly counts, in SQL over the report model, each as MONTHLY_COUNTS of @hotline/domain defines it
 * (the ids are the column names). City-wide figures come from the same pass (GROUPING SETS), so they are not the sum
 * of units' rates.
 */
@Injectable()
export class MonthlyFiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async unitFigures(start: Date, end: Date, asOf: Date): Promise<UnitMonthFigures[]> {
    const changes = quotedTable(this.dataSource, ReportStateChange);
    const facts = quotedTable(this.dataSource, ReportWorkOrder);
    const cases = quotedTable(this.dataSource, SupervisionCaseRecord);
    const [steps, received, overdue, supervised] = await Promise.all([
      this.dataSource.query(
        `SELECT unit_id, GROUPING(unit_id) AS city,
           count(*) FILTER (WHERE step IN ('dispatch', 'assign-by-coordination'))::int AS "dispatched",
           count(*) FILTER (WHERE step = 'request-return')::int AS "returned",
           count(*) FILTER (WHERE step = 'approve-return')::int AS "returnsApproved",
           count(*) FILTER (WHERE ${SIGN})::int AS "signed",
           count(*) FILTER (WHERE ${SIGN} AND NOT late)::int AS "signedOnTime",
           count(*) FILTER (WHERE step = 'pass-reply')::int AS "completed",
           count(*) FILTER (WHERE step = 'pass-reply' AND NOT late)::int AS "completedOnTime",
           count(*) FILTER (WHERE step = 'pass-reply' AND late)::int AS "completedLate",
           count(*) FILTER (WHERE step = 'request-extension')::int AS "extensions",
           count(*) FILTER (WHERE step = 'approve-extension')::int AS "extensionsApproved",
           count(*) FILTER (WHERE ${CALLBACK})::int AS "callbacks",
           count(*) FILTER (WHERE ${CALLBACK} AND contacted)::int AS "contacted",
           count(*) FILTER (WHERE ${CALLBACK} AND satisfaction IN ('satisfied', 'basically-satisfied'))::int AS "satisfied",
           count(*) FILTER (WHERE ${CALLBACK} AND satisfaction = 'unsatisfied' AND excluded)::int AS "appealsExcluded",
           count(*) FILTER (WHERE ${CALLBACK} AND to_status = 'rehandling')::int AS "rehandled",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY working_days) FILTER (WHERE ${SIGN}) AS "medianWorkingDaysToSign",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY working_days) FILTER (WHERE ${SIGN}) AS "p90WorkingDaysToSign",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY working_days) FILTER (WHERE step = 'pass-reply') AS "medianWorkingDaysToComplete",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY working_days) FILTER (WHERE step = 'pass-reply') AS "p90WorkingDaysToComplete"
         FROM ${changes} WHERE at >= $1 AND at < $2
         GROUP BY GROUPING SETS ((unit_id), ())`,
        [start, end],
      ),
      this.dataSource.query(
        `SELECT lead_unit_id AS unit_id, GROUPING(lead_unit_id) AS city, count(*)::int AS "received"
         FROM ${facts} WHERE received_at >= $1 AND received_at < $2 GROUP BY GROUPING SETS ((lead_unit_id), ())`,
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
    ]);
    return this.merge(steps, received, overdue, supervised);
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
        const figures = byUnit.get(key) ?? {
          unitId: key === '\u0000city' ? null : key,
          counts: zeroCounts(),
          durations: {
            medianWorkingDaysToSign: null,
            p90WorkingDaysToSign: null,
            medianWorkingDaysToComplete: null,
            p90WorkingDaysToComplete: null,
          },
        };
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
    const changes = quotedTable(this.dataSource, ReportStateChange);
    const facts = quotedTable(this.dataSource, ReportWorkOrder);
    // Each order's completions and callbacks of the month first (one pass over the month's steps), then one pass
    // over the orders for the three dimensions at once.
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `WITH per_order AS (
         SELECT work_order_id,
           count(*) FILTER (WHERE step = 'pass-reply') AS completed,
           count(*) FILTER (WHERE step = 'pass-reply' AND NOT late) AS completed_on_time,
           count(*) FILTER (WHERE ${CALLBACK}) AS callbacks,
           count(*) FILTER (WHERE ${CALLBACK} AND satisfaction IN ('satisfied', 'basically-satisfied')) AS satisfied,
           count(*) FILTER (WHERE ${CALLBACK} AND satisfaction = 'unsatisfied' AND excluded) AS appeals_excluded
         FROM ${changes} WHERE at >= $1 AND at < $2 AND step IN ('pass-reply', 'record-callback')
         GROUP BY work_order_id
       ), orders AS (
         SELECT f.type, f.district, f.field, (f.received_at >= $1 AND f.received_at < $2) AS received, p.*
           FROM ${facts} f LEFT JOIN per_order p USING (work_order_id)
          WHERE (f.received_at >= $1 AND f.received_at < $2) OR p.work_order_id IS NOT NULL
       )
       SELECT CASE WHEN GROUPING(type) = 0 THEN 'type' WHEN GROUPING(district) = 0 THEN 'district' ELSE 'field' END
                AS dimension,
              coalesce(type, district, field) AS key,
              count(*) FILTER (WHERE received)::int AS "received",
              coalesce(sum(completed), 0)::int AS "completed",
              coalesce(sum(completed_on_time), 0)::int AS "completedOnTime",
              coalesce(sum(callbacks), 0)::int AS "callbacks",
              coalesce(sum(satisfied), 0)::int AS "satisfied",
              coalesce(sum(appeals_excluded), 0)::int AS "appealsExcluded"
         FROM orders GROUP BY GROUPING SETS ((type), (district), (field))
         ORDER BY 1, 3 DESC, 2`,
      [start, end],
    );
    return rows.map((row) => ({
      dimension: row.dimension as BreakdownFigures['dimension'],
      key: (row.key as string | null) ?? null,
      received: Number(row.received),
      completed: Number(row.completed),
      completedOnTime: Number(row.completedOnTime),
      callbacks: Number(row.callbacks),
      satisfied: Number(row.satisfied),
      appealsExcluded: Number(row.appealsExcluded),
    }));
  }

  /** City-wide figures of each month in [start, end), for the 12-month trend. */
  async trend(start: Date, end: Date): Promise<TrendFigures[]> {
    const changes = quotedTable(this.dataSource, ReportStateChange);
    const facts = quotedTable(this.dataSource, ReportWorkOrder);
    const [steps, received]: Record<string, unknown>[][] = await Promise.all([
      this.dataSource.query(
        `SELECT ${MONTH_OF('at')} AS month,
           count(*) FILTER (WHERE step = 'pass-reply')::int AS "completed",
           count(*) FILTER (WHERE step = 'pass-reply' AND NOT late)::int AS "completedOnTime",
           count(*) FILTER (WHERE ${CALLBACK})::int AS "callbacks",
           count(*) FILTER (WHERE ${CALLBACK} AND satisfaction IN ('satisfied', 'basically-satisfied'))::int AS "satisfied",
           count(*) FILTER (WHERE ${CALLBACK} AND satisfaction = 'unsatisfied' AND excluded)::int AS "appealsExcluded"
         FROM ${changes} WHERE at >= $1 AND at < $2 AND step IN ('pass-reply', 'record-callback') GROUP BY 1`,
        [start, end],
      ),
      this.dataSource.query(
        `SELECT ${MONTH_OF('received_at')} AS month, count(*)::int AS "received"
         FROM ${facts} WHERE received_at >= $1 AND received_at < $2 GROUP BY 1`,
        [start, end],
      ),
    ]);
    const byMonth = new Map<string, TrendFigures>();
    const of = (month: string): TrendFigures => {
      const known = byMonth.get(month);
      if (known) return known;
      const empty = {
        month,
        received: 0,
        completed: 0,
        completedOnTime: 0,
        callbacks: 0,
        satisfied: 0,
        appealsExcluded: 0,
      };
      byMonth.set(month, empty);
      return empty;
    };
    for (const row of [...steps, ...received]) {
      const figures = of(String(row.month)) as unknown as Record<string, number>;
      for (const [name, value] of Object.entries(row)) if (name !== 'month') figures[name] = Number(value);
    }
    return [...byMonth.values()];
  }
}
