import { CoUnitContributed } from '@hotline/contracts';
import { IllegalTransitionError, WorkOrder } from '@hotline/domain';
import { OutboxWriter, Transactions, WorkOrderStates } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import {
  beijing,
  CO,
  DOMAIN_REPLY,
  FakeSteps,
  LEAD,
  MANAGER,
  OTHER,
  REPLY,
  signed,
  unitActor,
  workOrderAfter,
} from '../../test/work-order-fixtures';
import { HandlingSteps } from '../work-orders/handling-steps';
import { CoUnitContributionRecord } from './co-unit-contribution.entity';
import { CoUnitContributionsRepository } from './co-unit-contributions.repository';
import { SubmitReplyCommand, SubmitReplyUseCase } from './submit-reply.use-case';

const now = beijing('2026-03-03 10:00');

function submitReplyOn(order: WorkOrder) {
  const calls: string[] = [];
  const inserted: CoUnitContributionRecord[] = [];
  const events: Array<{ definition: unknown; payload: Record<string, unknown> }> = [];
  const steps = new FakeSteps(order);
  const transactions = {
    afterHandover: async <T>(id: string, _owner: string, work: (manager: EntityManager) => Promise<T>) => (
      calls.push(`await ${id}`, 'transaction'),
      work(MANAGER)
    ),
  };
  const contributions = {
    insert: async (manager: EntityManager, record: CoUnitContributionRecord) =>
      void (manager === MANAGER && inserted.push(record)),
  };
  const states = {
    lock: async (manager: EntityManager, id: string) => (
      calls.push(`lock ${id}`),
      manager === MANAGER ? order : undefined
    ),
  };
  const outbox = {
    add: async (_manager: EntityManager, definition: unknown, payload: Record<string, unknown>) =>
      void events.push({ definition, payload }),
  };
  const useCase = new SubmitReplyUseCase(
    transactions as unknown as Transactions,
    contributions as unknown as CoUnitContributionsRepository,
    states as unknown as WorkOrderStates,
    steps as unknown as HandlingSteps,
    outbox as unknown as OutboxWriter,
  );
  return {
    calls,
    inserted,
    events,
    steps,
    submit: (unitId: string) => useCase.execute(new SubmitReplyCommand(unitActor(unitId), order.id, REPLY, now)),
  };
}

describe('SubmitReplyUseCase', () => {
  it("R18.1 the lead unit's reply is the step to review, taken on the order locked after the hand-over", async () => {
    const order = signed();
    const { calls, steps, inserted, submit } = submitReplyOn(order);
    const created = await submit(LEAD);
    expect(calls).toEqual([`await ${order.id}`, 'transaction', `lock ${order.id}`]);
    expect(steps.taken[0]?.command).toEqual({
      event: 'submit-reply',
      reply: DOMAIN_REPLY,
    });
    expect(created).toMatchObject({
      id: `${order.id}:${order.version + 1}`,
      kind: 'reply',
      workOrder: { status: 'replied' },
    });
    expect(inserted).toEqual([]);
  });

  it("R15.5 a co unit's reply is kept as its contribution with its event, and changes nothing on the order", async () => {
    const order = signed();
    const { steps, inserted, events, submit } = submitReplyOn(order);
    const created = await submit(CO);
    expect(steps.taken).toEqual([]);
    const reply = { ...REPLY, handledAt: new Date(REPLY.handledAt).toISOString() };
    expect(inserted).toEqual([
      { id: created.id, workOrderId: order.id, unitId: CO, submittedBy: unitActor(CO).id, submittedAt: now, reply },
    ]);
    expect(events).toEqual([
      {
        definition: CoUnitContributed,
        payload: {
          ...reply,
          contributionId: created.id,
          workOrderId: order.id,
          unitId: CO,
          submittedAt: now.toISOString(),
        },
      },
    ]);
    expect(created).toMatchObject({ kind: 'contribution', workOrder: { status: 'handling', version: order.version } });
  });

  it('R15.5 a co unit may not contribute before the lead unit signed', async () => {
    const { inserted, events, submit } = submitReplyOn(workOrderAfter());
    await expect(submit(CO)).rejects.toThrow(IllegalTransitionError);
    expect([inserted, events]).toEqual([[], []]);
  });

  it('R15.5 a unit that neither leads nor co-handles the order is refused before any step', async () => {
    const order = signed();
    const { steps, submit } = submitReplyOn(order);
    await expect(submit(OTHER)).rejects.toThrow(`unit '${OTHER}' is not the lead unit of work order ${order.id}`);
    expect(steps.taken).toEqual([]);
  });
});
