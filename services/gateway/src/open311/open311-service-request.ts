import { RequestStatusView } from '@hotline/contracts';
import {
  publicMatterOf,
  REQUEST_TYPE_NAMES,
  toBeijingIso,
  WORK_ORDER_STATUS_NAMES,
  WorkOrderStatus,
} from '@hotline/domain';
import { isServiceCode } from './open311-services';

export const AGENCY = '湘潭市12345政务服务便民热线';

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
