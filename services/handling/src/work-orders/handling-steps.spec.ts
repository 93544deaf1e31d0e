import { WorkingCalendar } from '@hotline/calendar';
import { Actor } from '@hotline/contracts';
import { StateConflictError, WorkOrder, WorkOrderCommand } from '@hotline/domain';
import { Transactions, WorkOrderStates } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { beijing, CO, LEAD, MANAGER, REVIEWER, signed, unitActor } from '../../test/work-order-fixtures';
import { HandlingSteps } from './handling-steps';

const RULES = { policy: 'the calendar rules' };

function stepsOn(order: WorkOrder) {
  const calls: string[] = [];
  const stepped: Array<{ service: string; command: WorkOrderCommand; context: Record<string, unknown> }> = [];
  const transactions = {
    afterHandover: async <T>(id: string, _owner: string, work: (manager: EntityManager) => Promise<T>) => (
      calls.push(`await ${id}`, 'transaction'),
      work(MANAGER)
    ),
  };
  const states = {
    lock: async (manager: EntityManager, id: string) => (
      calls.push(`lock ${id}`),
      manager === MANAGER ? order : undefined
    ),
    takeStep: async (
      manager: EntityManager,
      service: string,
      _id: string,
      command: WorkOrderCommand,
      context: Record<string, unknown>,
    ) => {
      if (manager !== MANAGER) throw new Error('outside the transaction');
      stepped.push({ service, command, context });
      return { order, step: { event: command.event } };
    },
  };
  const calendar = { rules: () => RULES };
  const steps = new HandlingSteps(
    transactions as unknown as Transactions,
    states as unknown as WorkOrderStates,
    calendar as unknown as WorkingCalendar,
  );
  return {
    calls,
    stepped,
    take: (actor: Actor, command: WorkOrderCommand, guard?: (current: WorkOrder) => void) =>
      steps.take(actor, order.id, command, beijing('2026-03-03 10:00'), guard),
  };
}

describe('HandlingSteps', () => {
  it('takes the step as handling, in the transaction that locked the order after its hand-over, with the calendar and both actors', async () => {
    const order = signed();
    const { calls, stepped, take } = stepsOn(order);
    await take(REVIEWER, { event: 'pass-reply' });
    expect(calls).toEqual([`await ${order.id}`, 'transaction', `lock ${order.id}`]);
    expect(stepped).toEqual([
      {
        service: 'handling',
        command: { event: 'pass-reply' },
        context: {
          actor: { role: 'reviewer', id: 'rv-1' },
          now: beijing('2026-03-03 10:00'),
          ...RULES,
          eventActor: REVIEWER,
        },
      },
    ]);
  });

  it('R15.5 a co unit is told that only the lead unit takes the step, before the domain sees it', async () => {
    const { stepped, take } = stepsOn(signed());
    await expect(take(unitActor(CO), { event: 'request-extension', workingDays: 2, reason: '需协调' })).rejects.toThrow(
      /lead unit/,
    );
    expect(stepped).toEqual([]);
  });

  it('a guard that refuses stops the step', async () => {
    const { stepped, take } = stepsOn(signed());
    const guard = () => {
      throw new StateConflictError('not pending');
    };
    await expect(take(unitActor(LEAD), { event: 'sign' }, guard)).rejects.toThrow(StateConflictError);
    expect(stepped).toEqual([]);
  });
});
