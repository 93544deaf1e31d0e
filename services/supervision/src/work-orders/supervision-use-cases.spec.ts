import { Actor } from '@hotline/contracts';
import { AccessDeniedError, NotFoundError, WorkOrderVisibility } from '@hotline/domain';
import { BranchOrdersRepository } from '../branch-orders/branch-orders.repository';
import { GetTimelineCommand, GetTimelineUseCase } from '../timeline/get-timeline.use-case';
import { TimelineEntry } from '../timeline/timeline-entry.entity';
import { TimelineRepository } from '../timeline/timeline.repository';
import { ListWorkOrdersCommand, ListWorkOrdersUseCase } from './list-work-orders.use-case';
import { encodePageCursor } from '@hotline/contracts';
import { encodeDueCursor } from './due-cursor';
import { WorkOrderCopy, WorkOrderListingRepository } from './work-order-listing.repository';
import { ListedWorkOrder, ListingQuery, WorkOrderPageRepository } from './work-order-page.repository';

const ID = '0195f0a4-6b1e-7cc2-9a56-3c1f6e2d8a12';
const SUPERVISOR: Actor = { kind: 'user', id: 'sv-1', role: 'supervisor' };
const LEAD: Actor = { kind: 'user', id: 'h-1', role: 'unit', unitId: 'xt-yuhu' };
const STRANGER: Actor = { kind: 'user', id: 'h-3', role: 'unit', unitId: 'xt-yuetang' };

/** The listing's and the pages' repositories as the use cases see them, over rows held in memory. */
class ListingFake {
  asked: ListingQuery[] = [];
  constructor(
    readonly copies: WorkOrderCopy[] = [],
    readonly rows: ListedWorkOrder[] = [],
  ) {}
  async findCopy(id: string): Promise<WorkOrderCopy | null> {
    return this.copies.find((copy) => copy.id === id) ?? null;
  }
  async findRequest(): Promise<null> {
    return null;
  }
  async page(query: ListingQuery): Promise<ListedWorkOrder[]> {
    this.asked.push(query);
    return this.rows.slice(0, query.rows);
  }
}

class TimelineFake {
  constructor(readonly entries: TimelineEntry[] = []) {}
  async stepsOf(workOrderId: string): Promise<TimelineEntry[]> {
    return this.entries.filter((entry) => entry.workOrderId === workOrderId);
  }
}

const copy: WorkOrderCopy = { id: ID, version: 3, leadUnitId: 'xt-yuhu', coUnitIds: ['xt-cgj'], state: {} };
const step = (type: string, minute: number): TimelineEntry => ({
  eventId: `0195f0a4-6b1e-7cc2-9a56-3c1f6e2d8a${10 + minute}`,
  workOrderId: ID,
  type,
  occurredAt: new Date(Date.UTC(2026, 8, 30, 2, minute)),
  actor: { kind: 'user', id: 'op-1', role: 'operator' },
  summary: {},
});
const listed = (minute: number): ListedWorkOrder => ({
  id: `0195f0a4-6b1e-7cc2-9a56-3c1f6e2d8b${10 + minute}`,
  number: null,
  type: 'complaint',
  district: null,
  category: null,
  receivedAt: new Date(Date.UTC(2026, 8, 30, 2, 60 - minute)),
  currentDue: null,
  request: null,
  status: 'handling',
  leadUnitId: 'xt-yuhu',
  coUnitIds: [],
  origin: 'hotline',
  branch: null,
  branchStatus: null,
});

function timelineOf(listing: ListingFake, timeline: TimelineFake): GetTimelineUseCase {
  return new GetTimelineUseCase(
    timeline as unknown as TimelineRepository,
    listing as unknown as WorkOrderListingRepository,
    { find: async () => null } as unknown as BranchOrdersRepository,
  );
}

describe('supervision’s use cases over their repositories', () => {
  it('R14.1 answers the timeline in the order the repository keeps it', async () => {
    const useCase = timelineOf(
      new ListingFake([copy]),
      new TimelineFake([step('workorder.created', 0), step('workorder.assigned', 1)]),
    );
    const timeline = await useCase.execute(new GetTimelineCommand(ID, SUPERVISOR));
    expect(timeline.items.map((item) => item.type)).toEqual(['workorder.created', 'workorder.assigned']);
    expect(timeline).not.toHaveProperty('request');
  });

  it('R14.3 refuses the timeline to a unit that neither leads nor co-handles the work order (403)', async () => {
    const useCase = timelineOf(new ListingFake([copy]), new TimelineFake([step('workorder.created', 0)]));
    await expect(useCase.execute(new GetTimelineCommand(ID, STRANGER))).rejects.toThrow(AccessDeniedError);
  });

  it('answers 404 for a work order without steps, and to a unit for intake decisions no unit handles', async () => {
    await expect(
      timelineOf(new ListingFake([copy]), new TimelineFake()).execute(new GetTimelineCommand(ID, SUPERVISOR)),
    ).rejects.toThrow(NotFoundError);
    const rejectedOnly = timelineOf(new ListingFake(), new TimelineFake([step('workorder.rejected', 0)]));
    await expect(rejectedOnly.execute(new GetTimelineCommand(ID, LEAD))).rejects.toMatchObject({
      httpStatus: 404,
      message: `no work order ${ID}`,
    });
    await expect(rejectedOnly.execute(new GetTimelineCommand(ID, SUPERVISOR))).resolves.toMatchObject({
      workOrderId: ID,
    });
  });

  it('R14.3 R15.5 asks the listing for what the viewer sees, as the domain decides it', async () => {
    const listing = new ListingFake();
    const list = new ListWorkOrdersUseCase(listing as unknown as WorkOrderPageRepository);
    await list.execute(new ListWorkOrdersCommand({}, LEAD, new Date()));
    await list.execute(new ListWorkOrdersCommand({}, SUPERVISOR, new Date()));
    const visibilities: WorkOrderVisibility[] = listing.asked.map((query) => query.visibility);
    expect(visibilities).toEqual([{ kind: 'handled-by', unitId: 'xt-yuhu' }, { kind: 'every' }]);
  });

  it('R14.1 pages with one row more than the limit, and the next page starts after the last one shown', async () => {
    const listing = new ListingFake([], [listed(1), listed(2), listed(3)]);
    const list = new ListWorkOrdersUseCase(listing as unknown as WorkOrderPageRepository);
    const page = await list.execute(new ListWorkOrdersCommand({ limit: 2 }, SUPERVISOR, new Date()));
    expect(listing.asked[0]).toMatchObject({ rows: 3, filters: {} });
    expect(page.items.map((item) => item.id)).toEqual([listed(1).id, listed(2).id]);
    expect(page.nextCursor).toBe(encodePageCursor({ at: listed(2).receivedAt, id: listed(2).id }));
    await list.execute(new ListWorkOrdersCommand({ cursor: page.nextCursor, limit: 2 }, SUPERVISOR, new Date()));
    expect(listing.asked[1]!.order).toEqual({ sort: 'newest', after: { at: listed(2).receivedAt, id: listed(2).id } });
  });

  it('R14.1 in deadline order, the next page starts after the deadline and id of the last one shown', async () => {
    const due = new Date(Date.UTC(2026, 9, 8, 1));
    const listing = new ListingFake([], [listed(1), { ...listed(2), currentDue: due }, listed(3)]);
    const list = new ListWorkOrdersUseCase(listing as unknown as WorkOrderPageRepository);
    const page = await list.execute(new ListWorkOrdersCommand({ sort: 'due', limit: 2 }, SUPERVISOR, new Date()));
    expect(listing.asked[0]).toMatchObject({ rows: 3, filters: {}, order: { sort: 'due' } });
    expect(page.nextCursor).toBe(encodeDueCursor({ due, id: listed(2).id }));
    await list.execute(
      new ListWorkOrdersCommand({ sort: 'due', cursor: page.nextCursor, limit: 2 }, SUPERVISOR, new Date()),
    );
    expect(listing.asked[1]!.order).toEqual({ sort: 'due', after: { due, id: listed(2).id } });
  });
});
