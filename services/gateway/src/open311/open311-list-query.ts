import { REQUEST_TYPES, RequestType, WORK_ORDER_NUMBER_PATTERN } from '@hotline/contracts';
import { isServiceCode } from './open311-services';

/** GeoReport v2: without ids or dates a list covers the last 90 days, at most 1000 requests. */
export const DEFAULT_LIST_DAYS = 90;
export const LIST_LIMIT = 1000;

export interface ParsedListQuery {
  numbers?: string[];
  types?: RequestType[];
  open?: boolean;
  receivedFrom?: string;
  receivedTo?: string;
}

/** The list filters, or the name and problem of the first wrong parameter. */
export function parseListQuery(
  query: Record<string, string | undefined>,
  now: Date,
): ParsedListQuery | { field: string; problem: string } {
  const list = (value?: string) =>
    value
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : [];
  const numbers = list(query['service_request_id']);
  if (numbers.some((number) => !WORK_ORDER_NUMBER_PATTERN.test(number)))
    return {
      field: 'service_request_id',
      problem: 'service_request_id must list work-order numbers such as XT20261125000123',
    };
  const codes = list(query['service_code']);
  if (!codes.every(isServiceCode))
    return {
      field: 'service_code',
      problem: `service_code must list codes of services.json: ${REQUEST_TYPES.join(', ')}`,
    };
  const statuses = list(query['status']);
  if (statuses.some((status) => status !== 'open' && status !== 'closed'))
    return { field: 'status', problem: 'status must be open, closed or open,closed' };
  const dates: Record<string, string | undefined> = {};
  for (const field of ['start_date', 'end_date']) {
    const value = query[field];
    if (value === undefined || value === '') continue;
    if (
      !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
      Number.isNaN(new Date(value).getTime())
    ) {
      return { field, problem: `${field} must be a W3C date-time such as 2026-11-25T00:00:00+08:00` };
    }
    dates[field] = new Date(value).toISOString();
  }
  const defaultFrom =
    numbers.length === 0 && !dates['start_date']
      ? new Date(now.getTime() - DEFAULT_LIST_DAYS * 86_400_000).toISOString()
      : undefined;
  const from = dates['start_date'] ?? defaultFrom;
  return {
    ...(numbers.length > 0 ? { numbers } : {}),
    ...(codes.length > 0 ? { types: codes } : {}),
    ...(statuses.length === 1 ? { open: statuses[0] === 'open' } : {}),
    ...(from ? { receivedFrom: from } : {}),
    ...(dates['end_date'] ? { receivedTo: dates['end_date'] } : {}),
  };
}
