// Unit-tier fixtures: work orders driven through the real domain machine, and fakes of handling's collaborators.
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
export const CO = 'unit-market-bureau';
export const OTHER = 'unit-xiangtan-county';

export const unitActor = (unitId: string): Actor => ({ kind: 'user', id: `${unitId}-handler`, role: 'unit', unitId });
export const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
export const REVIEWER: Actor = { kind: 'user', id: 'rv-1', role: 'reviewer' };

/** An instant given in Beijing time, e.g. beijing('2026-03-02 11:00'). */
export const beijing = (text: string): Date => new Date(`${text.replace(' ', 'T')}:00+08:00`);

export const REPLY = {
  handledBy: '雨湖区城管局 张三',
  handledAt: '2026-03-03T09:00:00+08:00',
  process: '现场核实并清理',
  result: '已解决',
  callerContacted: true,
  contactMethod: 'phone',
  outcome: 'solved',
} as const;

/** A complaint dispatched Monday 2026-03-02 10:00 to LEAD with CO, then the given steps (actor, command, time). */
export function workOrderAfter(...steps: Array<[Actor, WorkOrderCommand, string]>): WorkOrder {
  const operator = domainActorOf(OPERATOR);
  const at = beijing('2026-03-02 10:00');
  let order = createWorkOrder(
    { id: randomUUID(), type: 'complaint', channel: 'phone' },
    { actor: operator, now: at },
  ).order;
  order = applyWorkOrderCommand(order, { event: 'accept-for-dispatch' }, { actor: operator, now: at }).order;
  order = applyWorkOrderCommand(
    order,
    { event: 'dispatch', leadUnitId: LEAD, coUnitIds: [CO] },
    { actor: operator, now: at },
  ).order;
  for (const [actor, command, time] of steps)
    order = applyWorkOrderCommand(order, command, { actor: domainActorOf(actor), now: beijing(time) }).order;
  return order;
}

export const signed = (): WorkOrder => workOrderAfter([unitActor(LEAD), { event: 'sign' }, '2026-03-02 11:00']);

/** A transaction that is only a token: the fakes check it is the one they were handed. */
export const MANAGER = { transaction: 'fake' } as unknown as EntityManager;

/**
 * HandlingSteps as a use case sees it: runs the guard on `current` as the real one does after the lock, then the
 * domain's step on it; records what it was asked.
 */
export class FakeSteps {
  readonly taken: Array<{ actor: Actor; workOrderId: string; command: WorkOrderCommand; now: Date }> = [];

  constructor(public current: WorkOrder) {}

  async take(
    actor: Actor,
    workOrderId: string,
    command: WorkOrderCommand,
    now: Date,
    guard?: (current: WorkOrder) => void,
  ): Promise<WorkOrderTransition> {
    guard?.(this.current);
    return this.takeLocked(MANAGER, actor, workOrderId, command, now);
  }

  async takeLocked(
    _manager: EntityManager,
    actor: Actor,
    workOrderId: string,
    command: WorkOrderCommand,
    now: Date,
  ): Promise<WorkOrderTransition> {
    this.taken.push({ actor, workOrderId, command, now });
    return applyWorkOrderCommand(this.current, command, { actor: domainActorOf(actor), now });
  }
}
