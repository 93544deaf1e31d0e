import { open311FieldName, toRecordRequest } from './open311-record-request';
import { Open311CreateRequest } from './open311-request.dto';

describe('Open311 GeoReport v2 mapping (R2.1)', () => {
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

  it('names intake fields as the Open311 client sent them', () => {
    expect(open311FieldName('location.district')).toBe('attribute[district]');
    expect(open311FieldName('content')).toBe('description');
    expect(open311FieldName('attribute.field')).toBe('attribute[field]');
  });
});
