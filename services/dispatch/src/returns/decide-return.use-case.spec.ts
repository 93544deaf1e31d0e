import { WorkingCalendar } from '@hotline/calendar';
import { Actor, SYSTEM_ACTOR, WorkOrderView } from '@hotline/contracts';
import { NotFoundError, RoutingResult, UnitChoice, WorkOrder, WorkOrderCommand } from '@hotline/domain';
import { Transactions, WorkOrderStates } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { AssignUnits } from '../dispatching/assign-units';
import { RouteWorkOrder, RoutingHints } from '../dispatching/route-work-order';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { DecideReturnCommand, DecideReturnUseCase } from './decide-return.use-case';
import { ReturnReviewRecord } from './return-review.entity';
import { ReturnDecisionRecord, ReturnReviewRepository } from './return-review.repository';

const REVIEWER: Actor = { kind: 'user', id: 'rv-1', role: 'reviewer' };
const NOW = new Date('2026-03-04T02:00:00Z');
const WORK_ORDER = '0190a4e2-0000-7000-8000-000000000001';
const REQUEST: ReturnReviewRecord = {
  id: `${WORK_ORDER}:5`,
  workOrderId: WORK_ORDER,
  dispatchNo: 1,
  unitId: 'xt-yuhu',
  reason: '不属于本单位职责',
  basis: '三定方案',
  requestedAt: new Date('2026-03-03T02:00:00Z'),
  decision: null,
  comment: null,
  reviewerId: null,
  decidedAt: null,
  redispatchedTo: null,
};

/**
 * The use case between fakes of what it calls: the step runner records the steps, routing answers `suggestion`,
 * AssignUnits records the choices, the repository the decision. The rules under test are the domain's (R16.3).
 */
function setUp(review: ReturnReviewRecord | null, suggestion: RoutingResult) {
  const steps: WorkOrderCommand['event'][] = [];
  const routed: RoutingHints[] = [];
  const assigned: Array<{ choice: UnitChoice; via: string; actor: Actor }> = [];
  const decisions: ReturnDecisionRecord[] = [];
  const order = { id: WORK_ORDER, version: 6 } as WorkOrder;
  const manager = {} as EntityManager;
  const transactions = {
    afterHandover: <T>(_id: string, _owner: string, work: (m: EntityManager) => Promise<T>) => work(manager),
  } as unknown as Transactions;
  const states = {
    lock: () => Promise.resolve(order),
    takeStep: (_m: EntityManager, _service: string, _id: string, command: WorkOrderCommand) => {
      steps.push(command.event);
      return Promise.resolve({ order });
    },
  } as unknown as WorkOrderStates;
  const calendar = { rules: () => ({}) } as unknown as WorkingCalendar;
  const reader = { view: () => Promise.resolve({ id: WORK_ORDER } as WorkOrderView) } as unknown as WorkOrderReader;
  const routing = {
    route: (_m: EntityManager, _order: WorkOrder, hints: RoutingHints) => {
      routed.push(hints);
      return Promise.resolve({ result: suggestion, facts: {}, excludedUnitIds: [] });
    },
  } as unknown as RouteWorkOrder;
  const units = {
    assign: (_m: EntityManager, _id: string, choice: UnitChoice, step: { via: string; actor: Actor }) => {
      assigned.push({ choice, via: step.via, actor: step.actor });
      steps.push('dispatch');
      return Promise.resolve({ order });
    },
  } as unknown as AssignUnits;
  const returns = {
    findOf: () => Promise.resolve(review),
    recordDecision: (_m: EntityManager, _id: string, decision: ReturnDecisionRecord) => {
      decisions.push(decision);
      return Promise.resolve();
    },
  } as unknown as ReturnReviewRepository;
  const useCase = new DecideReturnUseCase(transactions, states, calendar, reader, routing, units, returns);
  const decide = (decision: { approve: boolean; leadUnitId?: string; comment?: string }) =>
    useCase.execute(new DecideReturnCommand(WORK_ORDER, REQUEST.id, decision, REVIEWER, NOW));
  return { decide, steps, routed, assigned, decisions };
}

const SUGGESTION: RoutingResult = {
  found: true,
  leadUnitId: 'xt-zjj',
  coUnitIds: [],
  direct: false,
  basis: { kind: 'unit-duty', requirement: 'R15.3', matched: ['物业管理'] },
  explanation: '物业管理 → 市住房和城乡建设局',
};

describe('DecideReturnUseCase (R16.3)', () => {
  it('R16.3 approved without a unit: routing without the returning unit, re-dispatched by the system in the same step', async () => {
    const { decide, steps, routed, assigned, decisions } = setUp(REQUEST, SUGGESTION);
    await decide({ approve: true, comment: '职责不符' });
    expect(steps).toEqual(['approve-return', 'dispatch']);
    expect(routed).toEqual([{ excludeUnitIds: ['xt-yuhu'] }]);
    expect(assigned).toEqual([
      {
        choice: expect.objectContaining({
          leadUnitId: 'xt-zjj',
          basis: expect.objectContaining({ source: 'suggestion', returnId: REQUEST.id }),
        }),
        via: 'return-redispatch',
        actor: SYSTEM_ACTOR,
      },
    ]);
    expect(decisions).toEqual([
      { decision: 'approved', comment: '职责不符', reviewerId: 'rv-1', decidedAt: NOW, redispatchedTo: 'xt-zjj' },
    ]);
  });

  it('R16.3 approved with no unit found: it waits for the operator, nothing is dispatched', async () => {
    const { decide, steps, decisions } = setUp(REQUEST, { found: false, candidates: [], explanation: 'no unit' });
    await decide({ approve: true });
    expect(steps).toEqual(['approve-return']);
    expect(decisions[0]).toMatchObject({ decision: 'approved', redispatchedTo: null });
  });

  it('R16.3 approved to the unit the reviewer names, without asking routing', async () => {
    const { decide, routed, assigned } = setUp(REQUEST, SUGGESTION);
    await decide({ approve: true, leadUnitId: 'xt-cgj' });
    expect(routed).toEqual([]);
    expect(assigned[0].choice).toMatchObject({
      leadUnitId: 'xt-cgj',
      basis: { source: 'chosen', by: 'rv-1', role: 'reviewer', returnId: REQUEST.id },
    });
  });

  it('R16.3 rejected: the unit goes on, nothing is re-dispatched', async () => {
    const { decide, steps, decisions } = setUp(REQUEST, SUGGESTION);
    await decide({ approve: false });
    expect(steps).toEqual(['reject-return']);
    expect(decisions[0]).toMatchObject({ decision: 'rejected', redispatchedTo: null });
  });

  it('R16.3 refuses the returning unit as the next lead (422), a second decision (409) and an unknown request (404), taking no step', async () => {
    const pending = setUp(REQUEST, SUGGESTION);
    await expect(pending.decide({ approve: true, leadUnitId: 'xt-yuhu' })).rejects.toMatchObject({
      httpStatus: 422,
      requirement: 'R16.3',
    });
    await expect(
      setUp({ ...REQUEST, decision: 'rejected' }, SUGGESTION).decide({ approve: true }),
    ).rejects.toMatchObject({ httpStatus: 409 });
    await expect(setUp(null, SUGGESTION).decide({ approve: false })).rejects.toEqual(
      new NotFoundError(`no return request ${REQUEST.id} of work order ${WORK_ORDER}`),
    );
    expect(pending.steps).toEqual([]);
  });
});
