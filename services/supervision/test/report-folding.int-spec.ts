import { Actor, MonthlyReport, ReportsRpc } from '@hotline/contracts';
import { WorkOrderCommand } from '@hotline/domain';
import { eventually, JourneyStep, publishCreated, publishStep, workOrderJourney } from '@hotline/testing';
import { DataSource } from 'typeorm';
import { supervisionWithProducerSuite } from './supervision-with-producer';

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const UNIT: Actor = { kind: 'user', id: 'xt-rfd-h', role: 'unit', unitId: 'xt-rfd' };
const step = (command: WorkOrderCommand, actor: Actor, at: string): JourneyStep => [command, actor, at];
const JOURNEY: JourneyStep[] = [
  step({ event: 'dispatch', leadUnitId: 'xt-rfd' }, OPERATOR, '2026-09-14 09:30'),
  step({ event: 'sign' }, UNIT, '2026-09-14 11:07'),
];
const COUNT = 3;

/**
 * R24.1 the report model is folded after the events' transactions, in batches; with the periodic fold turned off
 * (HOTLINE_REPORT_FOLD_MS=0) the events wait on the timeline, and a report folds them before it counts.
 */
describe('R24.1 the report model folds pending events before a report reads it (real Postgres and NATS)', () => {
  const running = supervisionWithProducerSuite('report-folding', { HOTLINE_REPORT_FOLD_MS: '0' });
  let db: DataSource;
  const count = async (table: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM supervision.${table}`))[0].n as number;

  beforeAll(async () => {
    db = running.supervision.get(DataSource);
    for (let i = 0; i < COUNT; i++) {
      const journey = workOrderJourney(JOURNEY, { receivedAt: '2026-09-14 09:00' });
      await publishCreated(running.producer, journey.created, { number: `XT2026091400010${i}`, district: '雨湖区' });
      for (const transition of journey.transitions) await publishStep(running.producer, transition, transition.actor);
    }
    await eventually(
      () => count('timeline_entries'),
      (entries) => entries === COUNT * (JOURNEY.length + 1),
      30_000,
    );
  }, 60_000);

  it('R24.1 the events wait on the timeline, unfolded', async () => {
    expect(await count('report_state_changes')).toBe(0);
    expect(await count('report_work_orders')).toBe(0);
    expect(await count('report_unit_days')).toBe(0);
  });

  it('R24.1 a monthly report (of a 30-day month) folds them first and counts every one', async () => {
    const report = (await running.rpc.request(ReportsRpc.monthly, { query: { month: '2026-09' } })) as MonthlyReport;
    const unit = report.units.find((row) => row.unitId === 'xt-rfd');
    expect(unit?.counts).toMatchObject({ received: COUNT, dispatched: COUNT, signed: COUNT, signedOnTime: COUNT });
    expect(await count('report_state_changes')).toBe(COUNT * JOURNEY.length);
    expect(await count('report_work_orders')).toBe(COUNT);
  });

  it('R24.1 an assessment folds what arrived since, too', async () => {
    const journey = workOrderJourney(JOURNEY, { receivedAt: '2026-09-14 09:00' });
    await publishCreated(running.producer, journey.created, { number: 'XT20260914000199', district: '雨湖区' });
    await eventually(
      () => count('timeline_entries'),
      (entries) => entries === COUNT * (JOURNEY.length + 1) + 1,
      20_000,
    );
    expect(await count('report_work_orders')).toBe(COUNT);
    const assessment = await running.rpc.request(ReportsRpc.assessment, { query: { period: '2026-09' } });
    expect(assessment.units.map((row) => row.unitId)).toContain('xt-rfd');
    expect(await count('report_work_orders')).toBe(COUNT + 1);
  });

  it('R24.1 an entry whose transaction began before a fold and committed after it is folded too, not skipped', async () => {
    const monthly = () => running.rpc.request(ReportsRpc.monthly, { query: { month: '2026-09' } });
    const slow = db.createQueryRunner();
    await slow.connect();
    try {
      await slow.startTransaction();
      await slow.query('SELECT pg_current_xact_id()'); // an older transaction, still running
      const journey = workOrderJourney(JOURNEY, { receivedAt: '2026-09-14 09:00' });
      await publishCreated(running.producer, journey.created, { number: 'XT20260914000299', district: '雨湖区' });
      await eventually(
        () => count('timeline_entries'),
        (entries) => entries === COUNT * (JOURNEY.length + 1) + 2,
        20_000,
      );
      await monthly();
      expect(await count('report_work_orders')).toBe(COUNT + 2);
      // the older transaction now writes an entry of another order, and commits after the fold
      await slow.query(
        `INSERT INTO supervision.timeline_entries (event_id, work_order_id, type, occurred_at, actor, summary)
         SELECT gen_random_uuid(), gen_random_uuid(), type, occurred_at, actor, summary
           FROM supervision.timeline_entries WHERE type = 'workorder.created' LIMIT 1`,
      );
      await slow.commitTransaction();
    } finally {
      await slow.release();
    }
    await monthly();
    expect(await count('report_work_orders')).toBe(COUNT + 3);
  });

  it('R24.1 steps folded before their month was frozen are not corrections when a later fold takes them again', async () => {
    const august = async () =>
      (await running.rpc.request(ReportsRpc.monthly, { query: { month: '2026-08' } })) as MonthlyReport;
    const slow = db.createQueryRunner();
    await slow.connect();
    try {
      await slow.startTransaction();
      await slow.query('SELECT pg_current_xact_id()'); // holds the cursor back
      const journey = workOrderJourney(JOURNEY, { receivedAt: '2026-08-14 09:00' });
      await publishCreated(running.producer, journey.created, { number: 'XT20260814000001', district: '雨湖区' });
      for (const transition of journey.transitions) await publishStep(running.producer, transition, transition.actor);
      await eventually(
        () =>
          db.query(`SELECT count(*)::int AS n FROM supervision.timeline_entries WHERE work_order_id = $1`, [
            journey.created.id,
          ]),
        (rows: { n: number }[]) => rows[0]?.n === JOURNEY.length + 1,
        20_000,
      );
      const published = await august();
      expect(published.city.counts.received).toBe(1);
      await slow.commitTransaction();
    } finally {
      await slow.release();
    }
    const again = await august();
    expect(again.corrections).toEqual([]);
    expect(again.city).toEqual((await august()).city);
  });
});
