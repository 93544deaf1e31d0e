import { Actor, HotSpotDetected, HotSpotGrew } from '@hotline/contracts';
import { OutboxWriter, Transactions } from '@hotline/persistence';
import { beijingTime, eventually, publishCreated, publishStep, workOrderJourney } from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CaseSteps } from '../src/supervision-cases/case-steps';
import { SupervisionCasesRepository } from '../src/supervision-cases/supervision-cases.repository';
import { supervisionWithProducerSuite } from './supervision-with-producer';

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const UNIT: Actor = { kind: 'user', id: 'u-1', role: 'unit', unitId: 'xt-cgj' };
const SUPERVISOR: Actor = { kind: 'user', id: 'sv-1', role: 'supervisor' };
const ANALYST: Actor = { kind: 'system', id: 'hot-spots' };
const at = beijingTime;

/** Cases over real Postgres and NATS: hot spots (trigger 2) and the register of orders unhandled after supervision. */
describe('supervision cases (real Postgres and NATS)', () => {
  const running = supervisionWithProducerSuite('supervision-cases', { HOTLINE_DEADLINE_WATCH_MS: '0' });
  let db: DataSource;

  beforeAll(async () => {
    db = running.supervision.get(DataSource);
  });

  /** A complaint dispatched to xt-cgj and signed, as supervision learns it from the events. */
  async function signed(): Promise<string> {
    const { created, transitions } = workOrderJourney([
      [{ event: 'dispatch', leadUnitId: 'xt-cgj' }, OPERATOR, '2026-03-02 09:30'],
      [{ event: 'sign' }, UNIT, '2026-03-02 10:00'],
    ]);
    await publishCreated(running.producer, created, { number: `XT${Date.now()}${Math.floor(Math.random() * 1000)}` });
    for (const transition of transitions) await publishStep(running.producer, transition, transition.actor);
    await eventually(
      () => db.query(`SELECT status FROM supervision.work_order_listing WHERE id = $1`, [created.id]),
      (rows: Array<{ status: string }>) => rows[0]?.status === 'handling',
      20_000,
    );
    return created.id;
  }

  const publish = (definition: typeof HotSpotDetected | typeof HotSpotGrew, payload: object, when: Date) =>
    running.producer
      .get(DataSource)
      .transaction((manager) =>
        running.producer
          .get(OutboxWriter)
          .add(manager, definition as never, payload as never, { actor: ANALYST, occurredAt: when }),
      );

  it('R23.1 a hot spot opens one case linking all its work orders, and later ones join it (trigger 2)', async () => {
    const first = [await signed(), await signed(), await signed()];
    const later = [await signed(), first[0]!];
    const hotSpotId = randomUUID();
    await publish(
      HotSpotDetected,
      {
        hotSpotId,
        district: '雨湖区',
        street: '城正街街道',
        category: '路灯',
        windowStart: at('2026-03-02 00:00').toISOString(),
        windowEnd: at('2026-03-03 00:00').toISOString(),
        count: 3,
        baseline: 0.5,
        workOrderIds: first,
      },
      at('2026-03-03 00:05'),
    );
    await publish(HotSpotGrew, { hotSpotId, count: 4, workOrderIds: later }, at('2026-03-03 06:00'));
    const linked = await eventually(
      () =>
        db.query(
          `SELECT c.id, c.trigger, count(l.work_order_id)::int AS n FROM supervision.supervision_cases c
           JOIN supervision.supervision_case_work_orders l ON l.case_id = c.id WHERE c.hot_spot_id = $1
           GROUP BY c.id, c.trigger`,
          [hotSpotId],
        ),
      (rows: Array<{ id: string; n: number }>) => rows[0]?.n === 4,
      20_000,
    );
    expect(linked).toEqual([{ id: expect.any(String), trigger: 2, n: 4 }]);
    // Every linked work order's timeline shows the case; the work orders keep their own handling.
    const entries = await db.query(
      `SELECT work_order_id, summary->>'step' AS step FROM supervision.timeline_entries
       WHERE summary->>'caseId' = $1 ORDER BY work_order_id, step`,
      [linked[0].id],
    );
    expect(new Set(entries.map((row: { work_order_id: string }) => row.work_order_id))).toEqual(
      new Set([...first, later[0]]),
    );
    const states = await db.query(`SELECT DISTINCT status FROM supervision.work_order_listing WHERE id = ANY($1)`, [
      [...first, later[0]],
    ]);
    expect(states).toEqual([{ status: 'handling' }]);
  });

  it('R26.1 R23.3 lists the work orders still unhandled after their case was escalated or resolved', async () => {
    const unhandled = await signed();
    const steps = running.supervision.get(CaseSteps);
    const transactions = running.supervision.get(Transactions);
    const opened = await transactions.run((manager) =>
      steps.open(
        manager,
        {
          id: randomUUID(),
          workOrderIds: [unhandled],
          unitIds: ['xt-cgj'],
          trigger: 4,
          method: 'letter',
          source: '市政府交办',
        },
        SUPERVISOR,
        at('2026-03-03 09:00'),
      ),
    );
    const caseId = opened!.supervisionCase.id;
    await transactions.run((manager) =>
      steps.take(manager, caseId, { event: 'escalate-case', reason: '市领导批示' }, SUPERVISOR, at('2026-03-04 09:00')),
    );
    const rows = await running.supervision
      .get(SupervisionCasesRepository)
      .unhandledAfterSupervision(transactions.outside, { unitId: 'xt-cgj' });
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          workOrderId: unhandled,
          caseId,
          caseStatus: 'escalated',
          workOrderStatus: 'handling',
        }),
      ]),
    );
    expect(
      await running.supervision
        .get(SupervisionCasesRepository)
        .unhandledAfterSupervision(transactions.outside, { unitId: 'other' }),
    ).toEqual([]);
  });
});
