// Unit-tier fixtures: work orders driven through the real domain machine, and a fake of TakeCallbackStep.
import { Actor, domainActorOf } from '@hotline/contracts';
import {
  applyWorkOrderCommand,
  createWorkOrder,
  WorkOrder,
  WorkOrderCommand,
  WorkOrderTransition,
} from '@hotline/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';

export const LEAD = 'unit-yuhu-district';
export const unitActor = (unitId: string): Actor => ({ kind: 'user', id: `${unitId}-handler`, role: 'unit', unitId });
export const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
export const REVIEWER: Actor = { kind: 'user', id: 'rv-1', role: 'reviewer' };

/** An instant given in Beijing time, e.g. beijing('2026-03-02 11:00'). */
export const beijing = (text: string): Date => new Date(`${text.replace(' ', 'T')}:00+08:00`);

const REPLY = {
  handledBy: '雨湖区城管局 张三',
  handledAt: beijing('2026-03-03 09:00'),
  process: '现场核实并清理',
  result: '已解决',
  callerContacted: true,
  contactMethod: 'phone',
  outcome: 'solved',
} as const;

type Step = [Actor, WorkOrderCommand, string];

function drive(steps: Step[]): WorkOrder {
  const at = beijing('2026-03-02 10:00');
  let order = createWorkOrder(
    { id: randomUUID(), type: 'complaint', channel: 'phone' },
    { actor: domainActorOf(OPERATOR), now: at },
  ).order;
  for (const [actor, command, time] of steps)
    order = applyWorkOrderCommand(order, command, { actor: domainActorOf(actor), now: beijing(time) }).order;
  return order;
}

/** Dispatched Monday 2026-03-02 10:00 to LEAD, signed, replied, and the reply passed Tuesday 15:00; then `more`. */
export function completed(...more: Step[]): WorkOrder {
  return drive([
    [OPERATOR, { event: 'accept-for-dispatch' }, '2026-03-02 10:00'],
    [OPERATOR, { event: 'dispatch', leadUnitId: LEAD, coUnitIds: [] }, '2026-03-02 10:00'],
    [unitActor(LEAD), { event: 'sign' }, '2026-03-02 11:00'],
    [unitActor(LEAD), { event: 'submit-reply', reply: REPLY }, '2026-03-03 10:00'],
    [REVIEWER, { event: 'pass-reply' }, '2026-03-03 15:00'],
    ...more,
  ]);
}

/** Answered online on the spot, Monday 2026-03-02 10:30 (R15.1). */
export const closedOnline = (): WorkOrder =>
  drive([[OPERATOR, { event: 'close-online', articleId: 'kb-42' }, '2026-03-02 10:30']]);

export const unsatisfiedCallback = (cause: 'unit' | 'policy'): Step => [
  REVIEWER,
  { event: 'record-callback', satisfaction: 'unsatisfied', contacted: true, cause, reason: '路灯仍不亮' },
  '2026-03-04 10:00',
];

/** A transaction that is only a token: the fakes check it is the one they were handed. */
export const MANAGER = { transaction: 'fake' } as unknown as EntityManager;

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
