// Unit-tier fixtures shared by the services' use-case tests: staff as the gateway names them, and work orders
// driven through the real domain machine.
import { Actor, domainActorOf } from '@hotline/contracts';
import { applyWorkOrderCommand, createWorkOrder, WorkOrder, WorkOrderCommand } from '@hotline/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { beijingTime } from './work-order-journey';

export const LEAD = 'unit-yuhu-district';
export const CO = 'unit-market-bureau';
export const OTHER = 'unit-xiangtan-county';

export const unitActor = (unitId: string): Actor => ({ kind: 'user', id: `${unitId}-handler`, role: 'unit', unitId });
export const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
export const REVIEWER: Actor = { kind: 'user', id: 'rv-1', role: 'reviewer' };

/** An instant given in Beijing time, e.g. beijing('2026-03-02 11:00'). */
export const beijing = beijingTime;

/** One step of a fixture: who, what, and when in Beijing time. */
export type FixtureStep = [Actor, WorkOrderCommand, string];

/** The operator accepts the complaint and dispatches it to LEAD (with `coUnitIds`), Monday 2026-03-02 10:00. */
export const dispatchedToLead = (coUnitIds: string[] = []): FixtureStep[] => [
  [OPERATOR, { event: 'accept-for-dispatch' }, '2026-03-02 10:00'],
  [OPERATOR, { event: 'dispatch', leadUnitId: LEAD, coUnitIds }, '2026-03-02 10:00'],
];

/** A lead unit's reply (R18.1) as its form sends it: handled Tuesday 2026-03-03 09:00. */
export const REPLY = {
  handledBy: '雨湖区城管局 张三',
  handledAt: '2026-03-03T09:00:00+08:00',
  process: '现场核实并清理',
  result: '已解决',
  callerContacted: true,
  contactMethod: 'phone',
  outcome: 'solved',
} as const;

/** The same reply as the domain takes it: handledAt an instant. */
export const DOMAIN_REPLY = { ...REPLY, handledAt: new Date(REPLY.handledAt) };

/** A complaint received by phone Monday 2026-03-02 10:00, then the given steps, through the real domain machine. */
export function workOrderThrough(steps: readonly FixtureStep[]): WorkOrder {
  const at = beijing('2026-03-02 10:00');
  let order = createWorkOrder(
    { id: randomUUID(), type: 'complaint', channel: 'phone' },
    { actor: domainActorOf(OPERATOR), now: at },
  ).order;
  for (const [actor, command, time] of steps)
    order = applyWorkOrderCommand(order, command, { actor: domainActorOf(actor), now: beijing(time) }).order;
  return order;
}

/** A transaction that is only a token: the fakes check it is the one they were handed. */
export const MANAGER = { transaction: 'fake' } as unknown as EntityManager;
