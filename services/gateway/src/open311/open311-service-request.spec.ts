import { RequestStatusView } from '@hotline/contracts';
import { toServiceRequest } from './open311-service-request';

const view = (overrides: Partial<RequestStatusView> = {}): RequestStatusView => ({
  requestId: '6f1c0a34-3c1f-4a4e-9d55-0b7a1d1c0001',
  workOrderId: '6f1c0a34-3c1f-4a4e-9d55-0b7a1d1c0002',
  number: 'XT20261125000001',
  channel: 'open311',
  type: 'complaint',
  field: null,
  category: null,
  anonymous: false,
  content: '路灯坏了',
  status: 'awaiting-dispatch',
  open: true,
  location: { district: '雨湖区', street: '城正街街道', lat: 27.85, lng: 112.9 },
  receivedAt: '2026-11-25T02:00:00.000Z',
  updatedAt: '2026-11-25T02:00:00.000Z',
  ...overrides,
});

describe('Open311 GeoReport v2 mapping (R2.1)', () => {
  it('R2.1 shows a work order as open or closed with the hotline status, and the basis of a rejection', () => {
    expect(toServiceRequest(view())).toMatchObject({
      service_request_id: 'XT20261125000001',
      status: 'open',
      status_notes: '待转办',
      requested_datetime: '2026-11-25T10:00:00+08:00',
      address: '雨湖区城正街街道',
      lat: 27.85,
      long: 112.9,
    });
    expect(
      toServiceRequest(view({ status: 'rejected', open: false, rejection: { reasonCode: 8, basis: '不属本市管辖' } })),
    ).toMatchObject({ status: 'closed', status_notes: '不予受理：不属本市管辖' });
  });

  it("R14.3 shows an anonymous caller's request without its words, address or coordinates: the district alone", () => {
    expect(toServiceRequest(view({ anonymous: true }))).toMatchObject({
      service_request_id: 'XT20261125000001',
      description: null,
      address: '雨湖区',
      lat: null,
      long: null,
    });
  });
});
