import { context, trace } from '@opentelemetry/api';
import { getRPCMetadata } from '@opentelemetry/core';

/** The span attribute that names the work order a message is about (never who called: no caller data on spans). */
export const WORK_ORDER_ATTRIBUTE = 'hotline.work_order.id';

/** The span attribute that names the unit acting: an event's `actor.unitId`, an HTTP request's principal's unit. */
export const UNIT_ATTRIBUTE = 'hotline.unit.id';

/** The work order and acting unit an event is about, as span attributes (only those that are set). */
export function eventSpanAttributes(event: {
  workOrderId?: string | null;
  actor?: { unitId?: string };
}): Record<string, string> {
  return {
    ...(event.workOrderId ? { [WORK_ORDER_ATTRIBUTE]: event.workOrderId } : {}),
    ...(event.actor?.unitId ? { [UNIT_ATTRIBUTE]: event.actor.unitId } : {}),
  };
}

/**
 * Names the unit of an HTTP request's verified principal on the request's server span (the one the HTTP
 * instrumentation opened, found through its RPC metadata) and on the span active now.
 */
export function recordRequestUnit(unitId: string | undefined): void {
  if (!unitId) return;
  const active = context.active();
  getRPCMetadata(active)?.span?.setAttribute(UNIT_ATTRIBUTE, unitId);
  trace.getSpan(active)?.setAttribute(UNIT_ATTRIBUTE, unitId);
}
