// Test helpers: actors, a moving clock and work orders driven through the real machine into any state.
import {
  type Actor,
  applyWorkOrderCommand,
  createWorkOrder,
  type RequestType,
  type WorkOrder,
  type WorkOrderCommand,
  type WorkOrderContext,
  type WorkOrderStatus,
  type WorkOrderStep,
} from '../src/index';

export const LEAD_UNIT = 'unit-yuhu-district';
export const OTHER_UNIT = 'unit-market-bureau';

export const ACTORS = {
  operator: { role: 'operator', id: 'op-1' },
  reviewer: { role: 'reviewer', id: 'rv-1' },
  supervisor: { role: 'supervisor', id: 'sv-1' },
  unit: { role: 'unit', id: 'u-1', unitId: LEAD_UNIT },
  otherUnit: { role: 'unit', id: 'u-2', unitId: OTHER_UNIT },
  partner: { role: 'partner', id: 'partner-110' },
  admin: { role: 'admin', id: 'ad-1' },
  system: { role: 'system' },
} as const satisfies Record<string, Actor>;

/** An instant given in Beijing time, e.g. beijing('2026-09-30 10:00'). */
export function beijing(text: string): Date {
  const value = new Date(`${text.replace(' ', 'T')}:00+08:00`);
  if (Number.isNaN(value.getTime())) throw new Error(`bad time ${text}`);
  return value;
}

export const VALID_REPLY = {
  handledBy: '雨湖区城管局 张三',
  handledAt: beijing('2026-03-02 09:00'),
  process: '现场核实并清理',
  result: '已解决',
  callerContacted: true,
  contactMethod: 'phone',
  outcome: 'solved',
} as const;

/** The path of steps from a new work order to each state. */
const PATHS: Readonly<Record<WorkOrderStatus, readonly [keyof typeof ACTORS, WorkOrderCommand][]>> = (() => {
  /** The reviewer records the caller unsatisfied with the result, for the unit's reasons or the policy's. */
  const unsatisfiedCallback = (cause: 'unit' | 'policy'): [keyof typeof ACTORS, WorkOrderCommand] => [
    'reviewer',
    { event: 'record-callback', satisfaction: 'unsatisfied', reason: '来电人说路灯仍不亮', contacted: true, cause },
  ];
  const dispatch: [keyof typeof ACTORS, WorkOrderCommand][] = [
    ['operator', { event: 'accept-for-dispatch' }],
    ['operator', { event: 'dispatch', leadUnitId: LEAD_UNIT, coUnitIds: [OTHER_UNIT] }],
  ];
  const handling = [...dispatch, ['unit', { event: 'sign' }]] as [keyof typeof ACTORS, WorkOrderCommand][];
  const replied = [...handling, ['unit', { event: 'submit-reply', reply: VALID_REPLY }]] as typeof handling;
  const completed = [...replied, ['reviewer', { event: 'pass-reply' }]] as typeof handling;
  const unsatisfied = [...completed, unsatisfiedCallback('policy')] as typeof handling;
  return {
    received: [],
    rejected: [['operator', { event: 'reject', reasonCode: 8, basis: '非本市管辖' }]],
    'closed-online': [['operator', { event: 'close-online', articleId: 'kb-42' }]],
    'callback-pending': [['operator', { event: 'schedule-callback', callerConsent: true }]],
    'awaiting-dispatch': dispatch.slice(0, 1),
    coordinating: [...dispatch.slice(0, 1), ['operator', { event: 'raise-difficulty', kind: 'unclear-duty' }]],
    escalated: [
      ...dispatch.slice(0, 1),
      ['operator', { event: 'raise-difficulty', kind: 'unclear-duty' }],
      ['supervisor', { event: 'escalate-difficulty' }],
    ],
    dispatched: dispatch,
    handling,
    'return-requested': [
      ...handling,
      ['unit', { event: 'request-return', reason: '不属本单位职责', basis: '三定方案' }],
    ],
    'extension-requested': [...handling, ['unit', { event: 'request-extension', workingDays: 3, reason: '需协调' }]],
    replied,
    completed,
    rehandling: [...completed, unsatisfiedCallback('unit')],
    unsatisfied,
    'appeal-requested': [...unsatisfied, ['unit', { event: 'request-appeal', reason: '政策限制', evidence: '文件' }]],
    reopened: [['operator', { event: 'close-online', articleId: 'kb-42' }], unsatisfiedCallback('policy')],
    closed: [...completed, ['reviewer', { event: 'record-callback', satisfaction: 'satisfied', contacted: true }]],
  };
})();

export interface BuiltWorkOrder {
  readonly order: WorkOrder;
  readonly steps: WorkOrderStep[];
  /** the clock after the last step */
  readonly now: Date;
}

/** A work order driven through the machine into `status`, one hour per step from `start`. */
export function workOrderIn(
  status: WorkOrderStatus,
  options: { start?: Date; type?: RequestType; context?: Partial<WorkOrderContext> } = {},
): BuiltWorkOrder {
  let now = options.start ?? beijing('2026-03-02 09:00');
  const created = createWorkOrder(
    { id: 'wo-1', type: options.type ?? 'complaint', channel: 'phone' },
    { ...options.context, actor: ACTORS.operator, now },
  );
  let order = created.order;
  const steps = [created.step];
  for (const [actor, command] of PATHS[status]) {
    now = new Date(now.getTime() + 60 * 60 * 1000);
    const result = applyWorkOrderCommand(order, command, { ...options.context, actor: ACTORS[actor], now });
    order = result.order;
    steps.push(result.step);
  }
  if (order.status !== status) throw new Error(`fixture reached ${order.status}, not ${status}`);
  return { order, steps, now };
}

export function later(now: Date, hours: number): Date {
  return new Date(now.getTime() + hours * 60 * 60 * 1000);
}
