import { Actor, WorkOrderDueSoon, WorkOrderOverdue } from '@hotline/contracts';
import { beijingTime, eventually, publishCreated, publishStep, workOrderJourney } from '@hotline/testing';
import { DataSource } from 'typeorm';
import { DeadlineWatch } from '../src/deadline-watch/deadline-watch';
import { claimDueSoonSql, claimOverdueSql, LISTED_DEADLINES } from '../src/deadline-watch/sweep-sql';
import { supervisionWithProducerSuite } from './supervision-with-producer';

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const UNIT: Actor = { kind: 'user', id: 'u-1', role: 'unit', unitId: 'xt-cgj' };
const at = beijingTime;

/** The deadline watch against real Postgres and NATS: every deadline announced once, however many sweep at once. */
describe('deadline watch (real Postgres and NATS)', () => {
  // The timer is off: the test sweeps at the instants it names.
  const running = supervisionWithProducerSuite('deadline-watch', { HOTLINE_DEADLINE_WATCH_MS: '0' });
  let db: DataSource;
  let watch: DeadlineWatch;

  beforeAll(async () => {
    db = running.supervision.get(DataSource);
    watch = running.supervision.get(DeadlineWatch);
  });

  const announced = async (subject: string, workOrderId: string) =>
    (
      await db.query(`SELECT count(*)::int AS n FROM supervision.outbox WHERE subject = $1 AND work_order_id = $2`, [
        subject,
        workOrderId,
      ])
    )[0].n as number;
  const watched = (workOrderId: string) =>
    eventually(
      () =>
        db.query(`SELECT watch_kind AS kind, watch_due AS due FROM supervision.work_order_listing WHERE id = $1`, [
          workOrderId,
        ]),
      (rows: Array<{ kind: string }>) => rows[0]?.kind === 'handling',
      20_000,
    );

  /** A complaint dispatched Mon 2026-03-02 and signed at 10:00: handling runs until Mon 03-09 24:00 (5 working days). */
  async function signed(): Promise<string> {
    const { created, transitions } = workOrderJourney([
      [{ event: 'dispatch', leadUnitId: 'xt-cgj' }, OPERATOR, '2026-03-02 09:30'],
      [{ event: 'sign' }, UNIT, '2026-03-02 10:00'],
    ]);
    await publishCreated(running.producer, created, { number: `XT${Date.now()}` });
    for (const transition of transitions) await publishStep(running.producer, transition, transition.actor);
    await watched(created.id);
    return created.id;
  }

  it('R23.1 announces a handling deadline due soon once, then overdue once, with three sweeps at once', async () => {
    const id = await signed();
    const [{ due }] = await db.query(`SELECT watch_due AS due FROM supervision.work_order_listing WHERE id = $1`, [id]);
    expect(new Date(due)).toEqual(at('2026-03-10 00:00'));

    await Promise.all([watch.runOnce(at('2026-03-02 11:00')), watch.runOnce(at('2026-03-02 11:00'))]);
    expect(await announced(WorkOrderDueSoon.subject, id)).toBe(0);

    const soon = await Promise.all([1, 2, 3].map(() => watch.runOnce(at('2026-03-08 12:00'))));
    expect(soon.reduce((sum, result) => sum + result.dueSoon, 0)).toBeGreaterThanOrEqual(1);
    expect(await announced(WorkOrderDueSoon.subject, id)).toBe(1);

    await Promise.all([1, 2, 3].map(() => watch.runOnce(at('2026-03-10 00:00'))));
    await watch.runOnce(at('2026-03-11 09:00'));
    expect(await announced(WorkOrderOverdue.subject, id)).toBe(1);
    expect(await announced(WorkOrderDueSoon.subject, id)).toBe(1);
  });

  it('R23.1 an overdue handling deadline opens exactly one case (trigger 1, system supervision, 5 working days)', async () => {
    const id = await signed();
    await Promise.all([watch.runOnce(at('2026-03-10 08:00')), watch.runOnce(at('2026-03-10 08:00'))]);
    const cases = await eventually(
      () =>
        db.query(
          `SELECT c.trigger, c.method, c.status, c.unit_ids FROM supervision.supervision_cases c
           JOIN supervision.supervision_case_work_orders l ON l.case_id = c.id WHERE l.work_order_id = $1`,
          [id],
        ),
      (rows: unknown[]) => rows.length > 0,
      20_000,
    );
    expect(cases).toEqual([{ trigger: 1, method: 'system', status: 'open', unit_ids: ['xt-cgj'] }]);
    // The case's own limit is watched now too.
    const [caseDeadline] = await db.query(
      `SELECT kind, running FROM supervision.watched_deadlines WHERE work_order_id = $1 AND subject = 'case'`,
      [id],
    );
    expect(caseDeadline).toEqual({ kind: 'supervision', running: true });
  });

  it('R23.1 thousands of due deadlines swept by four at once: each announced exactly once, the rest untouched', async () => {
    // Rows of the watch's own table only (no work orders behind them): 3,000 due, 2,000 not yet.
    await db.query(
      `INSERT INTO supervision.watched_deadlines
        (subject_id, subject, work_order_id, kind, starts_at, due, soon_at, running)
      SELECT id, 'work-order', id, 'sign', $1::timestamptz, $1::timestamptz + make_interval(hours => 24 + (i % 5)),
             $1::timestamptz + make_interval(hours => 18), true
      FROM (SELECT gen_random_uuid() AS id, i FROM generate_series(1, 5000) AS i) generated`,
      [at('2025-01-06 09:00')],
    );
    const before = (
      await db.query(`SELECT count(*)::int AS n FROM supervision.outbox WHERE subject = $1`, [WorkOrderOverdue.subject])
    )[0].n as number;
    // 24 + (i % 5) hours: those with i % 5 < 3 (3,000) are due by 2025-01-07 11:00 (26 h after).
    const results = await Promise.all([1, 2, 3, 4].map(() => watch.runOnce(at('2025-01-07 11:00'))));
    expect(results.reduce((sum, result) => sum + result.overdue, 0)).toBe(3000);
    const events = await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT work_order_id)::int AS distinct_orders FROM supervision.outbox
       WHERE subject = $1`,
      [WorkOrderOverdue.subject],
    );
    expect(events[0].n - before).toBe(3000);
    expect(events[0].n).toBe(events[0].distinct_orders);
    expect((await watch.runOnce(at('2025-01-07 11:00'))).overdue).toBe(0);
  });

  it('R23.1 work orders’ deadlines on their listing rows: claimed through the partial indexes, each announced once', async () => {
    // 5,000 listed work orders (no events behind them): 3,000 due by the sweep, 2,000 not yet. The running deadline
    // is the watched one, as the projection writes them.
    const inserted: Array<{ id: string }> = await db.query(
      `INSERT INTO supervision.work_order_listing (id, type, received_at, version, state, current_due, watch_kind,
         watch_starts_at, watch_due, watch_soon_at, watch_running)
      SELECT id, 'complaint', $1::timestamptz, 2, '{}'::jsonb, due, 'sign', $1::timestamptz, due,
             $1::timestamptz + make_interval(hours => 18), true
      FROM (SELECT gen_random_uuid() AS id, $1::timestamptz + make_interval(hours => 24 + (i % 5)) AS due
            FROM generate_series(1, 5000) AS i) generated
      RETURNING id`,
      [at('2027-01-06 09:00')],
    );
    const ids = inserted.map((row) => row.id);
    await db.query('ANALYZE supervision.work_order_listing');
    const planOf = async (sql: string) =>
      (await db.query(`EXPLAIN ${sql}`, [at('2027-01-07 11:00'), 100]))
        .map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN'])
        .join('\n');
    const table = 'supervision.work_order_listing';
    expect(await planOf(claimOverdueSql(table, LISTED_DEADLINES))).toContain('IDX_work_order_listing_watch_overdue');
    expect(await planOf(claimDueSoonSql(table, LISTED_DEADLINES))).toContain('IDX_work_order_listing_watch_due_soon');

    await Promise.all([1, 2, 3, 4].map(() => watch.runOnce(at('2027-01-07 11:00'))));
    const events = (subject: string) =>
      db.query(
        `SELECT count(*)::int AS n, count(DISTINCT work_order_id)::int AS distinct_orders FROM supervision.outbox
         WHERE subject = $1 AND work_order_id = ANY($2::text[])`,
        [subject, ids],
      );
    expect(await events(WorkOrderOverdue.subject)).toEqual([{ n: 3000, distinct_orders: 3000 }]);
    expect(await events(WorkOrderDueSoon.subject)).toEqual([{ n: 2000, distinct_orders: 2000 }]);
    expect(await watch.runOnce(at('2027-01-07 11:00'))).toEqual({ overdue: 0, dueSoon: 0 });
  });
});
