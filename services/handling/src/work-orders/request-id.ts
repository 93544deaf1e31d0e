import { ConflictException, NotFoundException } from '@nestjs/common';
import { WorkOrder, WorkOrderStatus } from '@hotline/domain';

/**
 * Returns, extensions and replies are named by the work order and the version their request created
 * (`<id>:<version>`), so any service that follows the step events names them the same way.
 */
export function requestIdOf(order: WorkOrder): string {
  return `${order.id}:${order.version}`;
}

/** The request must be the one pending now: while it waits for its decision no other step moves the order. */
export function assertPendingRequest(order: WorkOrder, requestId: string, pendingStatus: WorkOrderStatus, what: string): void {
  const match = /^([0-9a-f-]{36}):([1-9][0-9]*)$/i.exec(requestId);
  const version = match ? Number(match[2]) : NaN;
  if (!match || match[1].toLowerCase() !== order.id.toLowerCase() || version > order.version) {
    throw new NotFoundException(`no ${what} ${requestId} on work order ${order.id}`);
  }
  if (order.status !== pendingStatus || version !== order.version) {
    throw new ConflictException({
      message: `${what} ${requestId} is not waiting for a decision (work order ${order.id} is '${order.status}')`,
      details: { status: order.status, version: order.version },
    });
  }
}

/** The extension request `<id>:<version>` names must be the work order's latest one (R17.2); 404 otherwise. */
export function assertCurrentExtension(order: WorkOrder, extensionId: string): void {
  const match = /^([0-9a-f-]{36}):([1-9][0-9]*)$/i.exec(extensionId);
  const requestVersion = order.extension?.requestVersion;
  if (!match || match[1].toLowerCase() !== order.id.toLowerCase() || requestVersion === undefined || Number(match[2]) !== requestVersion) {
    throw new NotFoundException(`no extension request ${extensionId} on work order ${order.id}`);
  }
}
