import { Actor } from '@hotline/contracts';
import {
  Actor as DomainActor,
  applyWorkOrderCommand,
  createWorkOrder,
  isOverdue,
  REQUEST_FIELDS,
  RequestType,
  WorkOrder,
  WorkOrderCommand,
  WorkOrderTransition,
} from '@hotline/domain';

/** A generated work order: intake's snapshot, its district, and every later step with who took it. */
export interface GeneratedWorkOrder {
  created: WorkOrder;
  district: string;
  transitions: Array<WorkOrderTransition & { actor: Actor }>;
}

export const XIANGTAN_DISTRICTS = ['雨湖区', '岳塘区', '湘潭县', '湘乡市', '韶山市', '高新区', '经开区', '昭山示范区'];

/** About 40 handling units: the districts' offices and the city's bureaus. */
export const GENERATED_UNITS: readonly string[] = Array.from(
  { length: 40 },
  (_, i) => `xt-u${String(i + 1).padStart(2, '0')}`,
);

const TYPES: [RequestType, number][] = [
  ['consultation', 0.3],
  ['complaint', 0.3],
  ['help', 0.2],
  ['report', 0.1],
  ['suggestion', 0.1],
];

const HOUR = 3_600_000;
const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const REVIEWER: Actor = { kind: 'user', id: 'rv-1', role: 'reviewer' };
const unitActor = (unitId: string): Actor => ({ kind: 'user', id: `${unitId}-handler`, role: 'unit', unitId });

/** A small seeded generator (mulberry32), so a month is the same month every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, weighted: [T, number][]): T {
  let roll = random();
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

/**
 * R24.1 one work order of a realistic month, driven through the real domain machine with the calendar's limits
 * (the National Day holiday moves them): returns, extensions, late signing and replies, orders still open, callbacks
 * satisfied or not, re-handling and appeals. Steps after `until` are left out (the order is still open then).
 */
export function generateWorkOrder(random: () => number, id: string, receivedAt: Date, until: Date): GeneratedWorkOrder {
  const type = pick(random, TYPES);
  const field = random() < 0.6 ? REQUEST_FIELDS[Math.floor(random() * REQUEST_FIELDS.length)] : undefined;
  const operator: DomainActor = { role: 'operator', id: 'op-1' };
  const received = createWorkOrder(
    { id, type, channel: 'phone', ...(field ? { field } : {}) },
    { actor: operator, now: receivedAt },
  ).order;
  const created = applyWorkOrderCommand(
    received,
    { event: 'accept-for-dispatch' },
    { actor: operator, now: receivedAt },
  ).order;
  const transitions: GeneratedWorkOrder['transitions'] = [];
  let order = created;
  let now = receivedAt.getTime();
  const step = (actor: Actor, command: WorkOrderCommand, afterHours: number): boolean => {
    const at = now + Math.max(0.05, afterHours) * HOUR;
    if (at > until.getTime()) return false;
    now = at;
    const domainActor: DomainActor =
      actor.kind === 'system'
        ? { role: 'system' }
        : { role: actor.role as DomainActor['role'], id: actor.id, unitId: actor.unitId };
    const transition = applyWorkOrderCommand(order, command, { actor: domainActor, now: new Date(at) });
    transitions.push({ ...transition, actor });
    order = transition.order;
    return true;
  };
  const unit = () => GENERATED_UNITS[Math.floor(random() ** 1.6 * GENERATED_UNITS.length)];
  let lead = unit();
  const district = XIANGTAN_DISTRICTS[Math.floor(random() * XIANGTAN_DISTRICTS.length)];
  if (!step(OPERATOR, { event: 'dispatch', leadUnitId: lead }, random() * 2)) return { created, district, transitions };
  if (random() < 0.06) {
    if (!step(unitActor(lead), { event: 'sign' }, 2 + random() * 6)) return { created, district, transitions };
    if (!step(unitActor(lead), { event: 'request-return', reason: '不属于本单位职责', basis: '三定方案' }, 3))
      return { created, district, transitions };
    const approve = random() < 0.5;
    if (!step(REVIEWER, { event: approve ? 'approve-return' : 'reject-return' }, 4))
      return { created, district, transitions };
    if (approve) {
      lead = GENERATED_UNITS[(GENERATED_UNITS.indexOf(lead) + 1) % GENERATED_UNITS.length];
      if (!step(OPERATOR, { event: 'dispatch', leadUnitId: lead }, 1)) return { created, district, transitions };
    }
  }
  const actor = unitActor(lead);
  if (order.status === 'dispatched') {
    const late = random() < 0.05;
    const signDue = dueOf(order, 'sign');
    const hours = late
      ? (signDue - now) / HOUR + 2 + random() * 20
      : Math.min((signDue - now) / HOUR - 0.5, 1 + random() * 6);
    if (!step(actor, { event: 'sign' }, hours)) return { created, district, transitions };
  }
  if (random() < 0.08) {
    if (!step(actor, { event: 'request-extension', workingDays: 3, reason: '需协调多个部门' }, 6))
      return { created, district, transitions };
    if (!step(REVIEWER, { event: random() < 0.8 ? 'approve-extension' : 'reject-extension' }, 4))
      return { created, district, transitions };
  }
  const handlingDue = dueOf(order, 'handling');
  const replyAt =
    random() < 0.1
      ? handlingDue + (6 + random() * 72) * HOUR
      : now + random() * Math.max(1, (handlingDue - now) / HOUR - 12) * HOUR;
  const reply = (when: number) => ({
    handledBy: `${lead} 经办人`,
    handledAt: new Date(when - 0.5 * HOUR),
    process: '现场核查并处理',
    result: '已处理',
    callerContacted: true,
    contactMethod: 'phone',
    outcome: 'solved' as const,
  });
  if (!step(actor, { event: 'submit-reply', reply: reply(replyAt) }, (replyAt - now) / HOUR))
    return { created, district, transitions };
  if (!step(REVIEWER, { event: 'pass-reply' }, 2 + random() * 10)) return { created, district, transitions };
  const roll = random();
  const satisfaction = roll < 0.7 ? 'satisfied' : roll < 0.85 ? 'basically-satisfied' : 'unsatisfied';
  const contacted = random() < 0.95;
  if (satisfaction !== 'unsatisfied') {
    step(REVIEWER, { event: 'record-callback', satisfaction, contacted }, 12 + random() * 36);
    return { created, district, transitions };
  }
  const cause =
    random() < 0.5
      ? 'unit'
      : pick(random, [
          ['caller-false', 0.4],
          ['policy', 0.4],
          ['malicious', 0.2],
        ] as ['caller-false' | 'policy' | 'malicious', number][]);
  if (
    !step(
      REVIEWER,
      { event: 'record-callback', satisfaction, contacted, cause, reason: '问题没有解决' },
      12 + random() * 36,
    )
  )
    return { created, district, transitions };
  if (cause === 'unit') {
    const due = dueOf(order, 'rehandling');
    const at = now + Math.max(1, (due - now) / HOUR / 2) * HOUR;
    if (!step(actor, { event: 'submit-reply', reply: reply(at) }, (at - now) / HOUR))
      return { created, district, transitions };
    if (!step(REVIEWER, { event: 'pass-reply' }, 3)) return { created, district, transitions };
    step(
      REVIEWER,
      { event: 'record-callback', satisfaction: random() < 0.8 ? 'satisfied' : 'basically-satisfied', contacted: true },
      24,
    );
    return { created, district, transitions };
  }
  if (
    random() < 0.7 &&
    order.callback?.appealWindow &&
    !isOverdue(order.callback.appealWindow, new Date(now + 4 * HOUR))
  ) {
    if (!step(actor, { event: 'request-appeal', reason: '诉求人反映不实', evidence: '现场照片' }, 4))
      return { created, district, transitions };
    step(REVIEWER, { event: random() < 0.5 ? 'approve-appeal' : 'reject-appeal' }, 20);
  }
  return { created, district, transitions };
}

/** R24.1 `count` work orders received over a month (Beijing), fewer on days off (the National Day holiday, weekends). */
export function receivedTimes(
  random: () => number,
  start: Date,
  end: Date,
  count: number,
  isWorkingDay: (at: Date) => boolean,
): Date[] {
  const times: Date[] = [];
  const span = end.getTime() - start.getTime();
  while (times.length < count) {
    const at = new Date(start.getTime() + random() * span);
    const hour = (at.getUTCHours() + 8) % 24;
    if (hour < 7 || hour > 22) continue;
    if (!isWorkingDay(at) && random() < 0.55) continue;
    times.push(at);
  }
  return times.sort((a, b) => a.getTime() - b.getTime());
}

/** When the running deadline of `kind` falls: the step the generator has reached always has one. */
function dueOf(order: WorkOrder, kind: keyof WorkOrder['deadlines']): number {
  const deadline = order.deadlines[kind];
  if (!deadline) throw new Error(`a ${order.status} order has no ${kind} deadline`);
  return deadline.due.getTime();
}
