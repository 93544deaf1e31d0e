import { MS_PER_DAY, percentileOf, seededCalendar } from '@hotline/domain';
import { Client } from 'pg';

/**
 * R24.1 the month's figures counted independently of supervision's report model: straight from the tables of the
 * services that took the steps (intake's work orders, dispatch's assignments and return reviews, handling's and
 * callbacks' outboxes and copies, callbacks' appeals, supervision's cases). `null` is the city.
 */
export type IndependentCounts = Map<string | null, Record<string, number>>;

const STEPS = `
  WITH payloads AS (
    SELECT envelope->'payload' AS p FROM handling.outbox
    UNION ALL SELECT envelope->'payload' FROM callbacks.outbox
    UNION ALL SELECT envelope->'payload' FROM dispatch.outbox
  )
  SELECT p->>'step' AS step, (p->>'at')::timestamptz AS at, p->>'to' AS to_status, p->'details' AS d, p->'state' AS state,
         coalesce(p->'state'->'assignment'->>'leadUnitId', p->'details'->>'previousLeadUnitId') AS unit
    FROM payloads WHERE p ? 'step' AND (p->>'at')::timestamptz >= $1 AND (p->>'at')::timestamptz < $2`;

function add(counts: IndependentCounts, unit: string | null, name: string, value = 1): void {
  for (const key of [unit, null]) {
    const row = counts.get(key) ?? {};
    row[name] = (row[name] ?? 0) + value;
    counts.set(key, row);
  }
}

export async function independentMonthCounts(databaseUrl: string, start: Date, end: Date): Promise<IndependentCounts> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const counts: IndependentCounts = new Map();
  try {
    const received = await db.query(
      `SELECT (SELECT a.lead_unit_id FROM dispatch.assignments a WHERE a.work_order_id = w.id ORDER BY a.dispatch_no DESC LIMIT 1) AS unit
         FROM intake.work_orders w WHERE w.created_at >= $1 AND w.created_at < $2`,
      [start, end],
    );
    for (const row of received.rows) add(counts, row.unit, 'received');
    const assigned = await db.query(
      `SELECT lead_unit_id AS unit FROM dispatch.assignments WHERE assigned_at >= $1 AND assigned_at < $2`,
      [start, end],
    );
    for (const row of assigned.rows) add(counts, row.unit, 'dispatched');
    const returns = await db.query(
      `SELECT unit_id AS unit, requested_at >= $1 AND requested_at < $2 AS asked,
              decision = 'approved' AND decided_at >= $1 AND decided_at < $2 AS approved
         FROM dispatch.return_reviews`,
      [start, end],
    );
    for (const row of returns.rows) {
      if (row.asked) add(counts, row.unit, 'returned');
      if (row.approved) add(counts, row.unit, 'returnsApproved');
    }
    const steps = await db.query(STEPS, [start, end]);
    for (const { step, to_status, d, unit } of steps.rows) {
      if (step === 'sign' || step === 'deem-signed') {
        add(counts, unit, 'signed');
        if (step === 'sign' && d.late === false) add(counts, unit, 'signedOnTime');
      }
      if (step === 'pass-reply') {
        add(counts, unit, 'completed');
        add(counts, unit, d.inTime === false ? 'overdue' : 'completedOnTime');
      }
      if (step === 'request-extension') add(counts, unit, 'extensions');
      if (step === 'approve-extension') add(counts, unit, 'extensionsApproved');
      if (step === 'record-callback') {
        add(counts, unit, 'callbacks');
        if (d.contacted === true) add(counts, unit, 'contacted');
        if (d.satisfaction === 'satisfied' || d.satisfaction === 'basically-satisfied') add(counts, unit, 'satisfied');
        if (to_status === 'rehandling') add(counts, unit, 'rehandled');
      }
    }
    // R20.3 an approved appeal takes its unsatisfied callback out of the assessment
    const appeals = await db.query(
      `SELECT unit_id AS unit FROM callbacks.appeals WHERE decision = 'approved' AND requested_at >= $1 AND requested_at < $2`,
      [start, end],
    );
    for (const row of appeals.rows) add(counts, row.unit, 'appealsExcluded');
    // R17.1 open at the month's end and past the limit it runs to (handling's own copy of each order)
    const open = await db.query(
      `SELECT lead_unit_id AS unit FROM handling.work_order_states
        WHERE status IN ('handling', 'extension-requested', 'return-requested', 'replied', 'rehandling')
          AND (CASE WHEN state->>'phase' = 'rehandling' THEN state->'deadlines'->'rehandling'->>'due'
                    ELSE state->'deadlines'->'handling'->>'due' END)::timestamptz < $1`,
      [end],
    );
    for (const row of open.rows) {
      add(counts, row.unit, 'openOverdue');
      add(counts, row.unit, 'overdue');
    }
    const cases = await db.query(
      `SELECT unit FROM supervision.supervision_cases, unnest(unit_ids) AS unit WHERE opened_at >= $1 AND opened_at < $2`,
      [start, end],
    );
    for (const row of cases.rows) add(counts, row.unit, 'supervisionCases');
    return counts;
  } finally {
    await db.end();
  }
}

/** R24.1 city-wide median and p90 working days to sign (from dispatch) and to complete (from signing). */
export async function independentDurations(databaseUrl: string, start: Date, end: Date) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(STEPS, [start, end]);
    const calendar = seededCalendar();
    const working = (from: string, to: Date) =>
      calendar.remainingWorkingTime(to, new Date(from)).workingMillisecondsLeft / MS_PER_DAY;
    const sign = rows.filter((r) => r.step === 'sign').map((r) => working(r.state.assignment.dispatchedAt, r.at));
    const done = rows.filter((r) => r.step === 'pass-reply').map((r) => working(r.state.signing.signedAt, r.at));
    const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
    return {
      medianWorkingDaysToSign: round(percentileOf(sign, 0.5)),
      p90WorkingDaysToSign: round(percentileOf(sign, 0.9)),
      medianWorkingDaysToComplete: round(percentileOf(done, 0.5)),
      p90WorkingDaysToComplete: round(percentileOf(done, 0.9)),
    };
  } finally {
    await db.end();
  }
}
