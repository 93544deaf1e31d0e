import { Actor, ContactRequestClosed, ContactRequested } from '@hotline/contracts';
import {
  AccessDeniedError,
  NotFoundError,
  RegulationViolationError,
  StateConflictError,
  WorkOrder,
} from '@hotline/domain';
import { OutboxWriter, Transactions } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { WorkOrderCaller, WorkOrderCallers } from '../callers/work-order-callers';
import { CitizenRequest } from '../requests/citizen-request.entity';
import { IntakeWorkOrder } from '../requests/intake-work-order.entity';
import { IntakeWorkOrderRepository } from '../requests/intake-work-order.repository';
import { CloseContactRequestUseCase } from './close-contact-request.use-case';
import { ContactRequest } from './contact-request.entity';
import {
  ContactRequestOutcome,
  ContactRequestPageFilters,
  ContactRequestRepository,
} from './contact-request.repository';
import { CreateContactRequestUseCase } from './create-contact-request.use-case';
import { ListContactRequestsUseCase } from './list-contact-requests.use-case';

const NOW = new Date('2026-12-01T08:00:00Z');
const WORK_ORDER_ID = '0b7c6a1e-1111-4222-8333-444455556666';
const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const LEAD: Actor = { kind: 'user', id: 'u-1', role: 'unit', unitId: 'unit-lead' };

const MANAGER = {} as EntityManager;
const transactions = { run: (work: (manager: EntityManager) => Promise<unknown>) => work(MANAGER) } as Transactions;

class FakeContactRequests {
  rows = new Map<string, ContactRequest>();
  inserted: ContactRequest[] = [];
  pages: ContactRequestPageFilters[] = [];
  async insert(_manager: EntityManager, row: ContactRequest): Promise<void> {
    this.inserted.push(row);
    this.rows.set(row.id, row);
  }
  async lock(_manager: EntityManager, id: string): Promise<ContactRequest | null> {
    return this.rows.get(id) ?? null;
  }
  async close(_manager: EntityManager, id: string, outcome: ContactRequestOutcome): Promise<void> {
    const row = this.rows.get(id);
    if (row) this.rows.set(id, { ...row, ...outcome });
  }
  async page(filters: ContactRequestPageFilters): Promise<ContactRequest[]> {
    this.pages.push(filters);
    return [...this.rows.values()].slice(0, filters.take);
  }
}

class FakeOutbox {
  added: Array<{ type: string; payload: object }> = [];
  async add(_manager: EntityManager, definition: { type: string }, payload: object): Promise<void> {
    this.added.push({ type: definition.type, payload });
  }
}

const numbers = {
  numberOf: async () => 'XT20261201000001',
  numbersOf: async (ids: string[]) => new Map(ids.map((id) => [id, 'XT20261201000001'])),
} as unknown as IntakeWorkOrderRepository;

function openRequest(id: string, requestedAt = NOW): ContactRequest {
  return {
    id,
    workOrderId: WORK_ORDER_ID,
    requestId: 'r-1',
    unitId: 'unit-lead',
    requestedBy: 'u-1',
    message: '请转告来电人',
    status: 'open',
    requestedAt,
    contacted: null,
    note: null,
    closedBy: null,
    closedAt: null,
  };
}

describe('contact requests (R14.3, R18.1)', () => {
  let repository: FakeContactRequests;
  let outbox: FakeOutbox;

  beforeEach(() => {
    repository = new FakeContactRequests();
    outbox = new FakeOutbox();
  });

  describe('closing one', () => {
    const close = () =>
      new CloseContactRequestUseCase(
        transactions,
        repository as unknown as ContactRequestRepository,
        numbers,
        outbox as unknown as OutboxWriter,
      );

    it('R18.1 records the operator’s outcome, the note trimmed, with its event on the timeline', async () => {
      repository.rows.set('c-1', openRequest('c-1'));
      const view = await close().execute({
        actor: OPERATOR,
        contactRequestId: 'c-1',
        body: { contacted: true, note: '  已转告  ' },
        now: NOW,
      });
      expect(view).toMatchObject({
        id: 'c-1',
        number: 'XT20261201000001',
        status: 'closed',
        outcome: { contacted: true, note: '已转告', closedBy: 'op-1' },
      });
      expect(repository.rows.get('c-1')).toMatchObject({
        status: 'closed',
        contacted: true,
        note: '已转告',
        closedAt: NOW,
      });
      expect(outbox.added).toEqual([
        {
          type: ContactRequestClosed.type,
          payload: {
            contactRequestId: 'c-1',
            workOrderId: WORK_ORDER_ID,
            unitId: 'unit-lead',
            contacted: true,
            note: '已转告',
          },
        },
      ]);
    });

    it('R14.3 only an operator relays to an anonymous caller (403)', async () => {
      repository.rows.set('c-1', openRequest('c-1'));
      await expect(
        close().execute({ actor: LEAD, contactRequestId: 'c-1', body: { contacted: true }, now: NOW }),
      ).rejects.toThrow(AccessDeniedError);
      expect(outbox.added).toEqual([]);
    });

    it('answers 404 for an unknown one and 409 for one already closed', async () => {
      await expect(
        close().execute({ actor: OPERATOR, contactRequestId: 'c-9', body: { contacted: true }, now: NOW }),
      ).rejects.toThrow(NotFoundError);
      repository.rows.set('c-1', { ...openRequest('c-1'), status: 'closed' });
      const twice = close().execute({ actor: OPERATOR, contactRequestId: 'c-1', body: { contacted: false }, now: NOW });
      await expect(twice).rejects.toThrow(StateConflictError);
      await expect(twice).rejects.toMatchObject({ httpStatus: 409, message: 'contact request c-1 is already closed' });
    });
  });

  describe('asking for one', () => {
    const caller = (anonymous: boolean): WorkOrderCaller => ({
      request: { id: 'r-1', anonymous } as CitizenRequest,
      workOrder: { id: WORK_ORDER_ID, number: 'XT20261201000001' } as IntakeWorkOrder,
      order: { assignment: { leadUnitId: 'unit-lead', coUnitIds: [] } } as unknown as WorkOrder,
    });
    const create = (anonymous: boolean) => {
      const callers = { findFor: async () => caller(anonymous) } as unknown as WorkOrderCallers;
      return new CreateContactRequestUseCase(
        transactions,
        repository as unknown as ContactRequestRepository,
        callers,
        outbox as unknown as OutboxWriter,
      );
    };

    it('R14.3 R18.1 the lead unit asks the centre to relay to an anonymous caller: an open task and its event', async () => {
      const view = await create(true).execute({
        actor: LEAD,
        workOrderId: WORK_ORDER_ID,
        body: { message: '  请转告来电人  ' },
        now: NOW,
      });
      expect(view).toMatchObject({
        workOrderId: WORK_ORDER_ID,
        number: 'XT20261201000001',
        unitId: 'unit-lead',
        message: '请转告来电人',
        status: 'open',
      });
      expect(repository.inserted).toHaveLength(1);
      expect(outbox.added.map((entry) => entry.type)).toEqual([ContactRequested.type]);
    });

    it('R14.3 refuses a relay to a named caller (422, as the domain words it) and a unit not on the work order (403)', async () => {
      const named = create(false).execute({
        actor: LEAD,
        workOrderId: WORK_ORDER_ID,
        body: { message: '请转告' },
        now: NOW,
      });
      await expect(named).rejects.toThrow(RegulationViolationError);
      await expect(named).rejects.toMatchObject({
        httpStatus: 422,
        message: expect.stringMatching(/^R14\.3: the caller is named/),
      });
      const elsewhere = create(true).execute({
        actor: { ...LEAD, unitId: 'unit-elsewhere' },
        workOrderId: WORK_ORDER_ID,
        body: { message: '请转告' },
        now: NOW,
      });
      await expect(elsewhere).rejects.toMatchObject({
        httpStatus: 403,
        message: 'the work order is not assigned to unit unit-elsewhere',
      });
      expect(repository.inserted).toEqual([]);
    });
  });

  describe('listing them', () => {
    it('pages oldest first with a cursor after the last one shown', async () => {
      for (const id of [
        '0b7c6a1e-1111-4222-8333-000000000001',
        '0b7c6a1e-1111-4222-8333-000000000002',
        '0b7c6a1e-1111-4222-8333-000000000003',
      ]) {
        repository.rows.set(id, openRequest(id));
      }
      const list = new ListContactRequestsUseCase(repository as unknown as ContactRequestRepository, numbers);
      const first = await list.execute({ status: 'open', limit: 2 });
      expect(first.items.map((item) => item.id)).toEqual([
        '0b7c6a1e-1111-4222-8333-000000000001',
        '0b7c6a1e-1111-4222-8333-000000000002',
      ]);
      expect(repository.pages[0]).toEqual({ status: 'open', workOrderId: undefined, take: 3 });
      await list.execute({ limit: 2, cursor: first.nextCursor });
      expect(repository.pages[1]).toMatchObject({
        after: { at: NOW, id: '0b7c6a1e-1111-4222-8333-000000000002' },
        take: 3,
      });
    });
  });
});
