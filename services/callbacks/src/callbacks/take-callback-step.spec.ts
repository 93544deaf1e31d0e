import { WorkingCalendar } from '@hotline/calendar';
import { WorkOrderCommand } from '@hotline/domain';
import { Clock } from '@hotline/platform';
import { Transactions, WorkOrderStates } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { beijing, completed, MANAGER, REVIEWER } from '../../test/work-order-fixtures';
import { TakeCallbackStep } from './take-callback-step';

describe('TakeCallbackStep', () => {
  const order = completed();
  const clockNow = beijing('2026-03-04 10:00');

  function stepper(failAlongside = false) {
    const calls: string[] = [];
    const transactions = {
      afterHandover: async <T>(id: string, _owner: string, work: (manager: EntityManager) => Promise<T>) => (
        calls.push(`await ${id}`, 'transaction'),
        work(MANAGER)
      ),
    };
    const states = {
      takeStep: async (
        manager: EntityManager,
        service: string,
        id: string,
        command: WorkOrderCommand,
        context: { now: Date; eventActor: unknown },
      ) => {
        calls.push(
          `${service} ${command.event} ${id} at ${context.now.toISOString()} in ${manager === MANAGER ? 'the transaction' : '?'}`,
        );
        return { order, step: { event: command.event } };
      },
    };
    const step = new TakeCallbackStep(
      transactions as unknown as Transactions,
      states as unknown as WorkOrderStates,
      { rules: () => ({}) } as unknown as WorkingCalendar,
      { now: () => clockNow } as unknown as Clock,
    );
    const alongside = async (manager: EntityManager) => {
      calls.push(`alongside in ${manager === MANAGER ? 'the transaction' : '?'}`);
      if (failAlongside) throw new Error('alongside failed');
      return 'result';
    };
    return { calls, run: (now?: Date) => step.run(order.id, { event: 'close-unsatisfied' }, REVIEWER, alongside, now) };
  }

  it("takes the step as callbacks at the clock's time after the hand-over, and commits what goes alongside in the same transaction", async () => {
    const { calls, run } = stepper();
    await expect(run()).resolves.toMatchObject({ result: 'result' });
    expect(calls).toEqual([
      `await ${order.id}`,
      'transaction',
      `callbacks close-unsatisfied ${order.id} at ${clockNow.toISOString()} in the transaction`,
      'alongside in the transaction',
    ]);
  });

  it('R20.3 a sweep passes its own time', async () => {
    const { calls, run } = stepper();
    const at = beijing('2026-03-20 00:00');
    await run(at);
    expect(calls[2]).toContain(`at ${at.toISOString()}`);
  });

  it('a failure alongside fails the step (the transaction rolls both back)', async () => {
    await expect(stepper(true).run()).rejects.toThrow('alongside failed');
  });
});
