import {
  availableEvents,
  DeadlineView,
  toDeadlineView,
  toWindowView,
  WorkOrder,
  WorkOrderEvent,
  WORK_ORDER_STATUS_NAMES,
} from '@hotline/domain';
import { Actor } from '../events/event-envelope';
import { domainActorOf } from './domain-actor';
import { WorkOrderRequest } from './work-order-request';

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
  /** R20.3 general, mediation or law-enforcement, when classified */
  matterNature?: string;
  leadUnitId?: string;
  coUnitIds: string[];
  deadlines: {
    sign?: DeadlineView;
    returnWindow?: DeadlineView;
    handling?: DeadlineView;
    rehandling?: DeadlineView;
    onlineCallback?: DeadlineView;
  };
  signing?: { signedAt: string; deemed: boolean; late: boolean };
  returnRequest?: { reason: string; basis: string; requestedAt: string; decision?: string };
  extension?: {
    workingDays: number;
    reason: string;
    requestedAt: string;
    decision?: string;
    decidedAt?: string;
    /** R17.2 when and how the unit told the caller the new deadline */
    callerInformed?: { informedAt: string; method: string; recordedAt: string };
  };
  extensionsGranted: number;
  reply?: Record<string, unknown>;
  callback?: Record<string, unknown>;
  /** Art. 26(3): the reply said the caller was contacted, the callback found no contact (R18.1, R20.1) */
  contactContradiction?: {
    replyCallerContacted: true;
    callbackContacted: false;
    replySubmittedAt: string;
    callbackRecordedAt: string;
    requirements: string[];
  };
  appeal?: Record<string, unknown>;
  difficulty?: Record<string, unknown>;
  /** R14.2 the reason code and the basis told to the caller */
  rejection?: { reasonCode: number; basis: string };
  /** R15.1/R15.2 the article that answered it, or the call back */
  onlineClosure?: Record<string, unknown>;
  /** R15.2 the caller's consent to a call back */
  callerConsent?: boolean;
  supervisionTriggers: number[];
  /** R20.3 an approved appeal keeps the unsatisfied callback out of the assessment */
  excludedFromAssessment: boolean;
  receivedAt: string;
  completedAt?: string;
  /** the matter (supervision's view, list and timeline carry it; a unit sees it for its own work orders only) */
  request?: WorkOrderRequest;
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
    ...(order.matterNature ? { matterNature: order.matterNature } : {}),
    ...(order.assignment ? { leadUnitId: order.assignment.leadUnitId } : {}),
    coUnitIds: [...(order.assignment?.coUnitIds ?? [])],
    deadlines,
    ...pick(plain, [
      'signing',
      'returnRequest',
      'extension',
      'reply',
      'callback',
      'contactContradiction',
      'appeal',
      'difficulty',
      'rejection',
      'onlineClosure',
      'callerConsent',
      'completedAt',
    ]),
    // R20.3 the appeal window is a deadline: shown in Beijing time like the others
    ...(order.callback?.appealWindow
      ? { callback: { ...(plain.callback as object), appealWindow: toWindowView(order.callback.appealWindow) } }
      : {}),
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
