import { RequestStatusView } from '@hotline/contracts';
import { open311FieldName, parseListQuery, serviceDefinition, serviceList, toRecordRequest, toServiceRequest } from './open311-mapping';
import { Open311CreateRequest } from './open311-request.dto';

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
  it('R2.1 offers the five request types of R12.1 as services, each with its attributes', () => {
    expect(serviceList().map((service) => service.service_code)).toEqual(['consultation', 'help', 'complaint', 'report', 'suggestion']);
    const definition = serviceDefinition('complaint', ['雨湖区', '岳塘区']);
    expect(definition.attributes.map((attribute) => attribute.code)).toEqual(['district', 'street', 'field', 'anonymous']);
    expect(definition.attributes[0].values).toEqual([{ key: '雨湖区', name: '雨湖区' }, { key: '岳塘区', name: '岳塘区' }]);
  });

  it('R2.1 records a GeoReport request on the open311 channel, family name first', () => {
    const input = Object.assign(new Open311CreateRequest(), {
      api_key: 'k',
      service_code: 'help',
      description: '老人走失求助',
      lat: 27.85,
      long: 112.91,
      address_string: '雨湖区韶山中路1号',
      first_name: '建国',
      last_name: '李',
      phone: '13973201234',
      attribute: { district: '雨湖区', anonymous: 'true' },
    });
    expect(toRecordRequest(input)).toEqual({
      channel: 'open311',
      caller: { name: '李建国', phone: '13973201234', anonymous: true },
      content: '老人走失求助',
      type: 'help',
      location: { district: '雨湖区', address: '雨湖区韶山中路1号', lat: 27.85, lng: 112.91 },
    });
  });

  it('R2.1 shows a work order as open or closed with the hotline status, and the basis of a rejection', () => {
    expect(toServiceRequest(view())).toMatchObject({ service_request_id: 'XT20261125000001', status: 'open', status_notes: '待转办', requested_datetime: '2026-11-25T10:00:00+08:00', address: '雨湖区城正街街道', lat: 27.85, long: 112.9 });
    expect(toServiceRequest(view({ status: 'rejected', open: false, rejection: { reasonCode: 8, basis: '不属本市管辖' } }))).toMatchObject({ status: 'closed', status_notes: '不予受理：不属本市管辖' });
  });

  it("R14.3 shows an anonymous caller's request without its words, address or coordinates: the district alone", () => {
    expect(toServiceRequest(view({ anonymous: true }))).toMatchObject({ service_request_id: 'XT20261125000001', description: null, address: '雨湖区', lat: null, long: null });
  });

  it('R2.1 reads list filters and names a wrong one', () => {
    const now = new Date('2026-11-25T00:00:00Z');
    expect(parseListQuery({}, now)).toEqual({ receivedFrom: '2026-08-27T00:00:00.000Z' });
    expect(parseListQuery({ service_request_id: 'XT20261125000001,XT20261125000002', status: 'closed', service_code: 'help' }, now)).toEqual({
      numbers: ['XT20261125000001', 'XT20261125000002'],
      types: ['help'],
      open: false,
    });
    expect(parseListQuery({ status: 'open,closed', start_date: '2026-11-01T00:00:00+08:00' }, now)).toEqual({ receivedFrom: '2026-10-31T16:00:00.000Z' });
    expect(parseListQuery({ service_code: 'gossip' }, now)).toMatchObject({ field: 'service_code' });
    expect(parseListQuery({ start_date: 'yesterday' }, now)).toMatchObject({ field: 'start_date' });
    expect(parseListQuery({ status: 'pending' }, now)).toMatchObject({ field: 'status' });
  });

  it('names intake fields as the Open311 client sent them', () => {
    expect(open311FieldName('location.district')).toBe('attribute[district]');
    expect(open311FieldName('content')).toBe('description');
    expect(open311FieldName('attribute.field')).toBe('attribute[field]');
  });
});
