// Unit-tier fixtures of callbacks: completed and closed-online work orders, and a fake of TakeCallbackStep.
import { Actor, domainActorOf } from '@hotline/contracts';
import { applyWorkOrderCommand, WorkOrder, WorkOrderCommand, WorkOrderTransition } from '@hotline/domain';
import {
  dispatchedToLead,
  DOMAIN_REPLY,
  FixtureStep,
  LEAD,
  MANAGER,
  OPERATOR,
  REVIEWER,
  unitActor,
  workOrderThrough,
} from '@hotline/testing';
import { EntityManager } from 'typeorm';

export { beijing, LEAD, MANAGER, OPERATOR, REVIEWER, unitActor } from '@hotline/testing';

/** Dispatched Monday 2026-03-02 10:00 to LEAD, signed, replied, and the reply passed Tuesday 15:00; then `more`. */
export function completed(...more: FixtureStep[]): WorkOrder {
  return workOrderThrough([
    ...dispatchedToLead(),
    [unitActor(LEAD), { event: 'sign' }, '2026-03-02 11:00'],
    [unitActor(LEAD), { event: 'submit-reply', reply: DOMAIN_REPLY }, '2026-03-03 10:00'],
    [REVIEWER, { event: 'pass-reply' }, '2026-03-03 15:00'],
    ...more,
  ]);
}

/** Answered online on the spot, Monday 2026-03-02 10:30 (R15.1). */
export const closedOnline = (): WorkOrder =>
  workOrderThrough([[OPERATOR, { event: 'close-online', articleId: 'kb-42' }, '2026-03-02 10:30']]);

export const unsatisfiedCallback = (cause: 'unit' | 'policy'): FixtureStep => [
  REVIEWER,
  { event: 'record-callback', satisfaction: 'unsatisfied', contacted: true, cause, reason: '路灯仍不亮' },
  '2026-03-04 10:00',
];

/** TakeCallbackStep as a use case sees it: the domain's step on `current`, then what commits alongside it. */
export class FakeCallbackStep {
  readonly taken: Array<{ workOrderId: string; command: WorkOrderCommand; actor: Actor }> = [];

  constructor(
    public current: WorkOrder,
    private readonly now: Date,
  ) {}

  async run<T>(
    workOrderId: string,
    command: WorkOrderCommand,
    actor: Actor,
    alongside: (manager: EntityManager, transition: WorkOrderTransition) => Promise<T>,
  ): Promise<{ transition: WorkOrderTransition; result: T }> {
    this.taken.push({ workOrderId, command, actor });
    const transition = applyWorkOrderCommand(this.current, command, { actor: domainActorOf(actor), now: this.now });
    return { transition, result: await alongside(MANAGER, transition) };
  }
}
