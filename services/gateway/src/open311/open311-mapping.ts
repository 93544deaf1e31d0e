import { RecordRequestCommand, REQUEST_FIELDS, REQUEST_TYPES, RequestStatusView, RequestType, WORK_ORDER_NUMBER_PATTERN } from '@hotline/contracts';
import { publicMatterOf, REQUEST_FIELD_NAMES, REQUEST_TYPE_NAMES, toBeijingIso, WORK_ORDER_STATUS_NAMES, WorkOrderStatus } from '@hotline/domain';
import { Open311CreateRequest } from './open311-request.dto';

export const AGENCY = '湘潭市12345政务服务便民热线';
/** GeoReport v2: without ids or dates a list covers the last 90 days, at most 1000 requests. */
export const DEFAULT_LIST_DAYS = 90;
export const LIST_LIMIT = 1000;

export const isServiceCode = (code: string): code is RequestType => (REQUEST_TYPES as readonly string[]).includes(code);

/** services.json: the request types of R12.1 are the services. */
export function serviceList() {
  return REQUEST_TYPES.map((type) => ({
    service_code: type,
    service_name: REQUEST_TYPE_NAMES[type].zh,
    description: `${REQUEST_TYPE_NAMES[type].zh}（${REQUEST_TYPE_NAMES[type].en}）`,
    metadata: true,
    type: 'realtime',
    keywords: [REQUEST_TYPE_NAMES[type].zh, REQUEST_TYPE_NAMES[type].en].join(','),
    group: '12345',
  }));
}

/** services/{code}.json: the attributes a client may send as attribute[code]. */
export function serviceDefinition(code: RequestType, districts: readonly string[]) {
  return {
    service_code: code,
    attributes: [
      {
        variable: true,
        code: 'district',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: '湘潭市的区、县、市或园区',
        order: 1,
        description: '所在区县市（园区）',
        values: districts.map((name) => ({ key: name, name })),
      },
      { variable: true, code: 'street', datatype: 'string', required: false, datatype_description: '乡镇或街道名称', order: 2, description: '所在乡镇（街道）' },
      {
        variable: true,
        code: 'field',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: '诉求所属领域',
        order: 3,
        description: '领域',
        values: REQUEST_FIELDS.map((field) => ({ key: field, name: REQUEST_FIELD_NAMES[field] })),
      },
      {
        variable: true,
        code: 'anonymous',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: '是否匿名：匿名时承办单位看不到姓名和电话',
        order: 4,
        description: '匿名',
        values: [
          { key: 'true', name: '匿名' },
          { key: 'false', name: '实名' },
        ],
      },
    ],
  };
}

/** A GeoReport v2 request as the intake command of channel `open311`. */
export function toRecordRequest(input: Open311CreateRequest): RecordRequestCommand {
  const name = [input.last_name, input.first_name].filter(Boolean).join('');
  const attribute = input.attribute ?? {};
  const location = {
    ...(attribute.district ? { district: attribute.district } : {}),
    ...(attribute.street ? { street: attribute.street } : {}),
    ...(input.address_string ? { address: input.address_string } : {}),
    ...(input.lat !== undefined ? { lat: input.lat } : {}),
    ...(input.long !== undefined ? { lng: input.long } : {}),
  };
  return {
    channel: 'open311',
    caller: {
      ...(name ? { name } : {}),
      ...(input.phone ? { phone: input.phone } : {}),
      ...(attribute.anonymous === true || attribute.anonymous === 'true' ? { anonymous: true } : {}),
    },
    content: input.description,
    type: input.service_code,
    ...(attribute.field ? { field: attribute.field } : {}),
    ...(Object.keys(location).length > 0 ? { location } : {}),
  };
}

/** Field names of the intake command as the Open311 client spelled them. */
const OPEN311_FIELD_NAMES: Readonly<Record<string, string>> = {
  content: 'description',
  type: 'service_code',
  field: 'attribute[field]',
  'caller.name': 'first_name',
  'caller.phone': 'phone',
  'location.district': 'attribute[district]',
  'location.street': 'attribute[street]',
  'location.address': 'address_string',
  'location.lat': 'lat',
  'location.lng': 'long',
};

export function open311FieldName(field: string): string {
  return OPEN311_FIELD_NAMES[field] ?? field.replace(/^attribute\.(.+)$/, 'attribute[$1]');
}

/** A request's state in GeoReport v2 terms: open or closed, with the hotline's own status as the notes. */
export function toServiceRequest(view: RequestStatusView) {
  const location = view.location ?? {};
  const shown = publicMatterOf(view);
  const statusName = WORK_ORDER_STATUS_NAMES[view.status as WorkOrderStatus] ?? view.status;
  return {
    service_request_id: view.number,
    status: view.open ? 'open' : 'closed',
    status_notes: view.rejection ? `${statusName}：${view.rejection.basis}` : statusName,
    service_name: isServiceCode(view.type) ? REQUEST_TYPE_NAMES[view.type].zh : view.type,
    service_code: view.type,
    description: shown.description,
    agency_responsible: AGENCY,
    service_notice: null,
    requested_datetime: toBeijingIso(new Date(view.receivedAt)),
    updated_datetime: toBeijingIso(new Date(view.updatedAt)),
    expected_datetime: null,
    address: shown.place,
    address_id: null,
    zipcode: null,
    lat: shown.coordinates ? (location.lat ?? null) : null,
    long: shown.coordinates ? (location.lng ?? null) : null,
    media_url: null,
  };
}

export interface ParsedListQuery {
  numbers?: string[];
  types?: RequestType[];
  open?: boolean;
  receivedFrom?: string;
  receivedTo?: string;
}

/** The list filters, or the name and problem of the first wrong parameter. */
export function parseListQuery(query: Record<string, string | undefined>, now: Date): ParsedListQuery | { field: string; problem: string } {
  const list = (value?: string) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : []);
  const numbers = list(query['service_request_id']);
  if (numbers.some((number) => !WORK_ORDER_NUMBER_PATTERN.test(number))) return { field: 'service_request_id', problem: 'service_request_id must list work-order numbers such as XT20261125000123' };
  const codes = list(query['service_code']);
  if (!codes.every(isServiceCode)) return { field: 'service_code', problem: `service_code must list codes of services.json: ${REQUEST_TYPES.join(', ')}` };
  const statuses = list(query['status']);
  if (statuses.some((status) => status !== 'open' && status !== 'closed')) return { field: 'status', problem: 'status must be open, closed or open,closed' };
  const dates: Record<string, string | undefined> = {};
  for (const field of ['start_date', 'end_date']) {
    const value = query[field];
    if (value === undefined || value === '') continue;
    if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(new Date(value).getTime())) {
      return { field, problem: `${field} must be a W3C date-time such as 2026-11-25T00:00:00+08:00` };
    }
    dates[field] = new Date(value).toISOString();
  }
  const defaultFrom = numbers.length === 0 && !dates['start_date'] ? new Date(now.getTime() - DEFAULT_LIST_DAYS * 86_400_000).toISOString() : undefined;
  const from = dates['start_date'] ?? defaultFrom;
  return {
    ...(numbers.length > 0 ? { numbers } : {}),
    ...(codes.length > 0 ? { types: codes as RequestType[] } : {}),
    ...(statuses.length === 1 ? { open: statuses[0] === 'open' } : {}),
    ...(from ? { receivedFrom: from } : {}),
    ...(dates['end_date'] ? { receivedTo: dates['end_date'] } : {}),
  };
}
