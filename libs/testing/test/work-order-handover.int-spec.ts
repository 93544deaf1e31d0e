import { Actor, domainActorOf } from '@hotline/contracts';
import { OutboxWriter, WorkOrderStates } from '@hotline/persistence';
import { workOrderToJson } from '@hotline/domain';
import { beijingTime, workOrderJourney } from '../src';
import { serviceDatabase } from './fixtures/service-database';

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const LEAD: Actor = { kind: 'user', id: 'h-1', role: 'unit', unitId: 'xt-yuhu' };
const REVIEWER: Actor = { kind: 'user', id: 'rv-1', role: 'reviewer' };
const DISPATCHED = [[{ event: 'dispatch', leadUnitId: 'xt-yuhu' }, OPERATOR, '2026-03-02 10:00']] as const;

/** A step that arrives at a service just before the event handing the work order over to it (real Postgres). */
describe('hand-over of a work order between services (WorkOrderStates)', () => {
  const database = serviceDatabase('handover', 'handling');
  let states: WorkOrderStates;
  /** As handling signs: wait for the hand-over (holding no connection), then the step in its transaction. */
  const sign = async (id: string) => {
    await states.awaitHandover(database.dataSource, id, 'handling');
    return database.dataSource.transaction((manager) =>
      states.takeStep(
        manager,
        'handling',
        id,
        { event: 'sign' },
        { actor: domainActorOf(LEAD), now: beijingTime('2026-03-02 11:00'), eventActor: LEAD },
      ),
    );
  };
  const follow = (state: Record<string, unknown>) =>
    database.dataSource.transaction((manager) => states.follow(manager, state, new Date()));

  beforeAll(async () => {
    states = new WorkOrderStates(new OutboxWriter(), { handoverWaitMs: 1500 });
  });

  it('R16.1 a sign sent before handling has the dispatch waits for it, then succeeds', async () => {
    const { last } = workOrderJourney(DISPATCHED);
    const started = Date.now();
    const signing = sign(last.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await follow(workOrderToJson(last));
    const { order } = await signing;
    expect(order.status).toBe('handling');
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('a step on a work order another service owns waits for a hand-over only a bounded while, then answers 409 naming the owner', async () => {
    const { last } = workOrderJourney([
      ...DISPATCHED,
      [{ event: 'sign' }, LEAD, '2026-03-02 11:00'],
      [{ event: 'request-return', reason: '不属本单位职责', basis: '三定方案' }, LEAD, '2026-03-02 12:00'],
    ]);
    await follow(workOrderToJson(last));
    const started = Date.now();
    await expect(sign(last.id)).rejects.toMatchObject({
      httpStatus: 409,
      details: { status: 'return-requested', writer: 'dispatch' },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('does not wait on a finished work order: nothing can hand it over', async () => {
    const reply = {
      handledBy: '雨湖区',
      handledAt: beijingTime('2026-03-03 10:00'),
      process: '处理',
      result: '已解决',
      callerContacted: true,
      outcome: 'solved' as const,
    };
    const { last } = workOrderJourney([
      ...DISPATCHED,
      [{ event: 'sign' }, LEAD, '2026-03-02 11:00'],
      [{ event: 'submit-reply', reply }, LEAD, '2026-03-03 10:00'],
      [{ event: 'pass-reply' }, REVIEWER, '2026-03-03 11:00'],
      [{ event: 'record-callback', satisfaction: 'satisfied', contacted: true }, REVIEWER, '2026-03-04 10:00'],
    ]);
    await follow(workOrderToJson(last));
    const started = Date.now();
    await expect(sign(last.id)).rejects.toMatchObject({ httpStatus: 409 });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('answers 404 for a work order that never arrives, after the bounded wait', async () => {
    await expect(sign('0195f0a4-6b1e-7cc2-9a56-3c1f6e2d8a99')).rejects.toMatchObject({ httpStatus: 404 });
  });
});
