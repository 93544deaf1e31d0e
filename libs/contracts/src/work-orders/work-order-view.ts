import { availableEvents, DeadlineView, toDeadlineView, toWindowView, WorkOrder, WorkOrderEvent, WORK_ORDER_STATUS_NAMES } from '@hotline/domain';
import { Actor } from '../events/event-envelope';
import { domainActorOf } from './domain-actor';

/** The work order as every service answers it over HTTP (api.md "Work order view"). Never caller identity. */
export interface WorkOrderView {
  id: string;
  number?: string;
  status: string;
  statusName: string;
  version: number;
  type: string;
  channel: string;
  field?: string;
  leadUnitId?: string;
  coUnitIds: string[];
  deadlines: { sign?: DeadlineView; returnWindow?: DeadlineView; handling?: DeadlineView; rehandling?: DeadlineView; onlineCallback?: DeadlineView };
  signing?: { signedAt: string; deemed: boolean; late: boolean };
  returnRequest?: { reason: string; basis: string; requestedAt: string; decision?: string };
  extension?: { workingDays: number; reason: string; requestedAt: string; decision?: string };
  extensionsGranted: number;
  reply?: Record<string, unknown>;
  callback?: Record<string, unknown>;
  appeal?: Record<string, unknown>;
  difficulty?: Record<string, unknown>;
  /** R14.2 the reason code and the basis told to the caller */
  rejection?: { reasonCode: number; basis: string };
  /** R15.1/R15.2 the article that answered it, or the call back */
  onlineClosure?: Record<string, unknown>;
  supervisionTriggers: number[];
  /** R20.3 an approved appeal keeps the unsatisfied callback out of the assessment */
  excludedFromAssessment: boolean;
  receivedAt: string;
  completedAt?: string;
  /** the steps the asking actor could take now */
  nextSteps?: WorkOrderEvent[];
}

export function toWorkOrderView(order: WorkOrder, options: { number?: string; viewer?: Actor } = {}): WorkOrderView {
  const deadlines: WorkOrderView['deadlines'] = {};
  for (const [key, value] of Object.entries(order.deadlines)) {
    if (value) deadlines[key as keyof WorkOrderView['deadlines']] = toDeadlineView(value);
  }
  const plain = JSON.parse(JSON.stringify(order)) as Record<string, unknown>;
  return {
    id: order.id,
    ...(options.number ? { number: options.number } : {}),
    status: order.status,
    statusName: WORK_ORDER_STATUS_NAMES[order.status],
    version: order.version,
    type: order.type,
    channel: order.channel,
    ...(order.field ? { field: order.field } : {}),
    ...(order.assignment ? { leadUnitId: order.assignment.leadUnitId } : {}),
    coUnitIds: [...(order.assignment?.coUnitIds ?? [])],
    deadlines,
    ...pick(plain, ['signing', 'returnRequest', 'extension', 'reply', 'callback', 'appeal', 'difficulty', 'rejection', 'onlineClosure', 'completedAt']),
    // R20.3 the appeal window is a deadline: shown in Beijing time like the others
    ...(order.callback?.appealWindow ? { callback: { ...(plain.callback as object), appealWindow: toWindowView(order.callback.appealWindow) } } : {}),
    extensionsGranted: order.extensionsGranted,
    supervisionTriggers: [...order.supervisionTriggers],
    excludedFromAssessment: order.excludedFromAssessment === true,
    receivedAt: order.receivedAt.toISOString(),
    ...(options.viewer ? { nextSteps: availableEvents(order, domainActorOf(options.viewer)) } : {}),
  } as WorkOrderView;
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
}
