import { NotFoundError, StateConflictError } from '../errors/domain-error';
import type { WorkOrder } from './work-order';
import type { WorkOrderCommand } from './work-order-commands';
import type { WorkOrderStatus } from './work-order-status';

const REQUEST_ID = /^([0-9a-f-]{36}):([1-9][0-9]*)$/i;

/**
 * Returns, extensions, replies and appeals are named by the work order and the version their request created
 * (`<id>:<version>`), so every service that follows the step events names them the same way.
 */
export function requestIdOf(order: Pick<WorkOrder, 'id' | 'version'>): string {
  return `${order.id}:${order.version}`;
}

/** The work order and version a request id names, when it names one of this work order's versions up to now. */
function versionNamed(order: WorkOrder, requestId: string): number | undefined {
  const match = REQUEST_ID.exec(requestId);
  if (!match || match[1].toLowerCase() !== order.id.toLowerCase()) return undefined;
  return Number(match[2]);
}

/**
 * R16.3, R17.2, R19.1: a decision names the request it decides, and that request must be the one pending now:
 * while it waits for its decision no other step moves the order. Unknown: 404; decided or superseded: 409.
 */
export function assertPendingRequest(
  order: WorkOrder,
  requestId: string,
  pendingStatus: WorkOrderStatus,
  what: string,
): void {
  const version = versionNamed(order, requestId);
  if (version === undefined || version > order.version) {
    throw new NotFoundError(`no ${what} ${requestId} on work order ${order.id}`);
  }
  if (order.status !== pendingStatus || version !== order.version) {
    throw new StateConflictError(
      `${what} ${requestId} is not waiting for a decision (work order ${order.id} is '${order.status}')`,
      {
        status: order.status,
        version: order.version,
      },
    );
  }
}

/** R17.2: the extension request `<id>:<version>` names must be the work order's latest one; 404 otherwise. */
export function assertCurrentExtension(order: WorkOrder, extensionId: string): void {
  const requestVersion = order.extension?.requestVersion;
  if (requestVersion === undefined || versionNamed(order, extensionId) !== requestVersion) {
    throw new NotFoundError(`no extension request ${extensionId} on work order ${order.id}`);
  }
}

/** The centre's yes and no on a pending request: an extension (R17.2), a reply (R19.1), an appeal (R20.3). */
const DECISION_STEPS = {
  extension: ['approve-extension', 'reject-extension'],
  reply: ['pass-reply', 'fail-reply'],
  appeal: ['approve-appeal', 'reject-appeal'],
} as const;

export type DecidedRequest = keyof typeof DECISION_STEPS;

/** The step that decides a pending request: its yes or its no, with the reviewer's comment when there is one. */
export function decisionCommand(request: DecidedRequest, approve: boolean, comment?: string): WorkOrderCommand {
  const [yes, no] = DECISION_STEPS[request];
  return { event: approve ? yes : no, ...(comment ? { comment } : {}) };
}
