import { parseListQuery } from './open311-list-query';

describe('Open311 GeoReport v2 mapping (R2.1)', () => {
  it('R2.1 reads list filters and names a wrong one', () => {
    const now = new Date('2026-11-25T00:00:00Z');
    expect(parseListQuery({}, now)).toEqual({ receivedFrom: '2026-08-27T00:00:00.000Z' });
    expect(
      parseListQuery(
        { service_request_id: 'XT20261125000001,XT20261125000002', status: 'closed', service_code: 'help' },
        now,
      ),
    ).toEqual({
      numbers: ['XT20261125000001', 'XT20261125000002'],
      types: ['help'],
      open: false,
    });
    expect(parseListQuery({ status: 'open,closed', start_date: '2026-11-01T00:00:00+08:00' }, now)).toEqual({
      receivedFrom: '2026-10-31T16:00:00.000Z',
    });
    expect(parseListQuery({ service_code: 'gossip' }, now)).toMatchObject({ field: 'service_code' });
    expect(parseListQuery({ start_date: 'yesterday' }, now)).toMatchObject({ field: 'start_date' });
    expect(parseListQuery({ status: 'pending' }, now)).toMatchObject({ field: 'status' });
  });
});
