import { InvalidDomainInputError } from '../errors/domain-error';
import { isWorkOrderStatus } from './work-order-status';
import type { WorkOrder } from './work-order';

/** A work order as it travels in events and sits in a service's jsonb column: Dates as ISO-8601 strings. */
export type WorkOrderJson = Record<string, unknown>;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function workOrderToJson(order: WorkOrder): WorkOrderJson {
  return JSON.parse(JSON.stringify(order)) as WorkOrderJson;
}

/**
 * The work order back from its JSON form. Every instant was written by Date.toISOString (UTC, 'Z');
 * plain dates such as a plan date ('2026-10-08') or a deadline's last day stay strings.
 */
export function workOrderFromJson(json: unknown): WorkOrder {
  if (typeof json !== 'object' || json === null) throw invalid('is not an object');
  const candidate = json as Record<string, unknown>;
  if (
    typeof candidate.id !== 'string' ||
    !isWorkOrderStatus(candidate.status) ||
    typeof candidate.version !== 'number'
  ) {
    throw invalid('lacks id, a known status or version');
  }
  return reviveInstants(candidate) as unknown as WorkOrder;
}

function reviveInstants(value: unknown): unknown {
  if (typeof value === 'string') return INSTANT.test(value) ? new Date(value) : value;
  if (Array.isArray(value)) return value.map(reviveInstants);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, reviveInstants(inner)]));
  }
  return value;
}

function invalid(message: string): InvalidDomainInputError {
  return new InvalidDomainInputError('invalid work-order snapshot', [{ path: 'state', message }]);
}
