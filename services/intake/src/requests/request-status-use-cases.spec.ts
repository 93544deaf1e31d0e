import { FINISHED_STATUSES, NotFoundError } from '@hotline/domain';
import { CitizenRequestRepository, RequestStatusFilters, RequestStatusRow } from './citizen-request.repository';
import { GetRequestStatusUseCase } from './get-request-status.use-case';
import { ListRequestStatusesUseCase } from './list-request-statuses.use-case';

const ROW: RequestStatusRow = {
  id: 'r-1',
  channel: 'phone',
  type: 'report',
  field: null,
  category: null,
  content: '井盖缺失',
  location: { district: '雨湖区' },
  anonymous: false,
  receivedAt: new Date('2026-12-01T08:00:00Z'),
  workOrderId: 'w-1',
  number: 'XT20261201000001',
  status: 'rejected',
  rejectionReasonCode: 8,
  rejectionBasis: '不属于本市管辖',
  articleId: null,
  updatedAt: new Date('2026-12-01T08:00:01Z'),
};

class FakeRequests {
  filters: RequestStatusFilters[] = [];
  async statusByRequestId(id: string): Promise<RequestStatusRow | undefined> {
    return id === ROW.id ? ROW : undefined;
  }
  async statusByNumber(number: string): Promise<RequestStatusRow | undefined> {
    return number === ROW.number ? ROW : undefined;
  }
  async listStatuses(filters: RequestStatusFilters): Promise<RequestStatusRow[]> {
    this.filters.push(filters);
    return [ROW];
  }
}

describe('request status for Open311 and other channels (R2.1)', () => {
  const requests = new FakeRequests();
  const get = new GetRequestStatusUseCase(requests as unknown as CitizenRequestRepository);
  const list = new ListRequestStatusesUseCase(requests as unknown as CitizenRequestRepository);

  it('R2.1 R14.2 answers a request by id or number with its work order’s status and the rejection told to the caller', async () => {
    const view = await get.execute({ number: ROW.number });
    expect(view).toEqual({
      requestId: 'r-1',
      workOrderId: 'w-1',
      number: ROW.number,
      channel: 'phone',
      type: 'report',
      field: null,
      category: null,
      content: '井盖缺失',
      status: 'rejected',
      open: false,
      location: { district: '雨湖区' },
      anonymous: false,
      rejection: { reasonCode: 8, basis: '不属于本市管辖' },
      receivedAt: '2026-12-01T08:00:00.000Z',
      updatedAt: '2026-12-01T08:00:01.000Z',
    });
    expect(await get.execute({ requestId: 'r-1' })).toEqual(view);
  });

  it('needs an id or a number (400 naming number), and answers 404 for an unknown one', async () => {
    await expect(get.execute({})).rejects.toMatchObject({
      httpStatus: 400,
      message: 'requestId or number is required',
      details: [{ field: 'number' }],
    });
    await expect(get.execute({ requestId: 'r-9' })).rejects.toThrow(NotFoundError);
  });

  it('R2.1 lists open or finished work orders by the domain’s finished statuses, 100 at most unless asked', async () => {
    await list.execute({ open: true, types: ['report'], receivedFrom: '2026-12-01T00:00:00Z' });
    await list.execute({ open: false, limit: 5 });
    expect(requests.filters).toEqual([
      {
        numbers: undefined,
        types: ['report'],
        channel: undefined,
        receivedFrom: new Date('2026-12-01T00:00:00Z'),
        statusNotIn: FINISHED_STATUSES,
        limit: 100,
      },
      { numbers: undefined, types: undefined, channel: undefined, statusIn: FINISHED_STATUSES, limit: 5 },
    ]);
  });
});
