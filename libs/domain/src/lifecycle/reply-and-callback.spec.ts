import { ACTORS, beijing, later, VALID_REPLY, workOrderIn } from '../../test/work-order-fixtures';
import { IllegalTransitionError, RegulationViolationError } from '../errors/domain-error';
import { detectSupervisionTriggers } from '../supervision/system-triggers';
import { applyWorkOrderCommand, availableEvents } from './apply-work-order-command';
import type { UnitReply, WorkOrder } from './work-order';
import type { WorkOrderCommand } from './work-order-commands';

const act = (order: WorkOrder, actor: keyof typeof ACTORS, command: WorkOrderCommand, now: Date) =>
  applyWorkOrderCommand(order, command, { actor: ACTORS[actor], now });
const reply = (changes: Partial<UnitReply>): WorkOrderCommand => ({
  event: 'submit-reply',
  reply: { ...VALID_REPLY, ...changes } as UnitReply,
});
const unsatisfied = (cause: 'unit' | 'policy' | 'caller-false' | 'malicious'): WorkOrderCommand => ({
  event: 'record-callback',
  satisfaction: 'unsatisfied',
  contacted: true,
  cause,
  reason: '来电人说问题没有解决',
});

describe('replies (R18, R19)', () => {
  it.each([
    ['R18.1', { handledBy: '' }],
    ['R18.1', { process: undefined }],
    ['R18.1', { callerContacted: undefined }],
    ['R18.1', { handledAt: 'yesterday' }],
    ['R18.2', { outcome: 'maybe' }],
    ['R18.2', { outcome: 'plan', plan: '分期改造' }],
    ['R18.2', { outcome: 'plan', plan: '分期改造', planDate: '2026-13-01' }],
    ['R18.2', { outcome: 'not-possible' }],
  ])('%s refuses a reply with %j', (requirement, changes) => {
    const built = workOrderIn('handling');
    expect(() => act(built.order, 'unit', reply(changes as Partial<UnitReply>), later(built.now, 1))).toThrow(
      expect.objectContaining({ httpStatus: 422, requirement }),
    );
  });

  it('R18.2 accepts a plan with a definite date and an explanation for what cannot be done', () => {
    const built = workOrderIn('handling');
    const plan = reply({ outcome: 'plan', plan: '纳入明年改造计划', planDate: '2027-06-30' });
    expect(act(built.order, 'unit', plan, later(built.now, 1)).order.reply).toMatchObject({
      outcome: 'plan',
      planDate: '2027-06-30',
    });
    const notPossible = reply({ outcome: 'not-possible', explanation: '不符合补贴政策，已解释' });
    expect(act(built.order, 'unit', notPossible, later(built.now, 1)).order.status).toBe('replied');
  });

  it('R19.1 passed: done, recording whether within the limit', () => {
    const built = workOrderIn('replied');
    const { order, step } = act(built.order, 'reviewer', { event: 'pass-reply' }, later(built.now, 1));
    expect(order).toMatchObject({ status: 'completed', completedAt: later(built.now, 1) });
    expect(step.details).toMatchObject({ inTime: true, phase: 'handling' });
  });

  it('R19.1 failed: back to handling under the original limit; in re-handling, back to re-handling', () => {
    const built = workOrderIn('replied');
    const failed = act(built.order, 'reviewer', { event: 'fail-reply' }, later(built.now, 1)).order;
    expect(failed.status).toBe('handling');
    expect(failed.deadlines).toEqual(built.order.deadlines);

    const again = workOrderIn('rehandling');
    const replied = act(again.order, 'unit', reply({}), later(again.now, 1)).order;
    expect(act(replied, 'reviewer', { event: 'fail-reply' }, later(again.now, 2)).order.status).toBe('rehandling');
  });
});

describe('callbacks and appeals (R20)', () => {
  it('R20.1 satisfied or basically satisfied: closed, recording whether the unit contacted the caller', () => {
    const built = workOrderIn('completed');
    const command: WorkOrderCommand = {
      event: 'record-callback',
      satisfaction: 'basically-satisfied',
      contacted: false,
    };
    const { order } = act(built.order, 'reviewer', command, later(built.now, 1));
    expect(order).toMatchObject({
      status: 'closed',
      callback: { satisfaction: 'basically-satisfied', contacted: false },
    });
  });

  it('R20.1 refuses an unsatisfied callback without cause, and a cause for a satisfied one', () => {
    const built = workOrderIn('completed');
    const now = later(built.now, 1);
    const noCause = { event: 'record-callback', satisfaction: 'unsatisfied', contacted: true } as WorkOrderCommand;
    expect(() => act(built.order, 'reviewer', noCause, now)).toThrow(expect.objectContaining({ requirement: 'R20.1' }));
    const extraCause = {
      event: 'record-callback',
      satisfaction: 'satisfied',
      contacted: true,
      cause: 'unit',
    } as WorkOrderCommand;
    expect(() => act(built.order, 'reviewer', extraCause, now)).toThrow(RegulationViolationError);
    const noContact = { event: 'record-callback', satisfaction: 'satisfied' } as WorkOrderCommand;
    expect(() => act(built.order, 'reviewer', noContact, now)).toThrow(
      expect.objectContaining({ requirement: 'R20.1' }),
    );
  });

  it("R20.1 an unsatisfied callback records why, in the caller's words: without a reason it is refused (422)", () => {
    const built = workOrderIn('completed');
    const now = later(built.now, 1);
    const { event, satisfaction, contacted, cause } = unsatisfied('policy') as Extract<
      WorkOrderCommand,
      { event: 'record-callback' }
    >;
    for (const reason of [undefined, '', '   ']) {
      expect(() =>
        act(
          built.order,
          'reviewer',
          { event, satisfaction, contacted, cause, ...(reason === undefined ? {} : { reason }) },
          now,
        ),
      ).toThrow(expect.objectContaining({ httpStatus: 422, requirement: 'R20.1' }));
    }
    expect(act(built.order, 'reviewer', unsatisfied('policy'), now).order.callback).toMatchObject({
      cause: 'policy',
      reason: '来电人说问题没有解决',
    });
  });

  it('R20.2 unsatisfied for the unit’s reasons: re-handling within 5 working days', () => {
    const built = workOrderIn('completed', { start: beijing('2026-09-29 08:00') });
    const { order, step } = act(built.order, 'reviewer', unsatisfied('unit'), beijing('2026-09-30 10:00'));
    expect(order).toMatchObject({ status: 'rehandling', phase: 'rehandling', rehandlingCount: 1 });
    expect(order.deadlines.rehandling).toMatchObject({ lastDay: '2026-10-13', policy: { requirement: 'R20.2' } });
    expect(step.details).toMatchObject({ satisfactionIsSoleMeasure: true });
  });

  it('R20.2 R23.1 still unsatisfied for the unit’s reasons after re-handling: supervision trigger 3, no second re-handling', () => {
    const built = workOrderIn('rehandling');
    let order = act(built.order, 'unit', reply({}), later(built.now, 1)).order;
    order = act(order, 'reviewer', { event: 'pass-reply' }, later(built.now, 2)).order;
    const { order: after, step } = act(order, 'reviewer', unsatisfied('unit'), later(built.now, 3));
    expect(after).toMatchObject({ status: 'unsatisfied', supervisionTriggers: [3], rehandlingCount: 1 });
    expect(step.details).toMatchObject({ supervisionTrigger: 3, appealable: true });
    expect(detectSupervisionTriggers(after, later(built.now, 4))).toEqual([3]);
  });

  it.each(['unit', 'caller-false', 'policy', 'malicious'] as const)(
    'R20.3 the lead unit may appeal a result the reviewer blamed on %s, with reason and evidence; approved, it is excluded',
    (cause) => {
      const built = workOrderIn('completed');
      const recorded = act(built.order, 'reviewer', unsatisfied(cause), later(built.now, 1)).order;
      expect(recorded.status).toBe(cause === 'unit' ? 'rehandling' : 'unsatisfied');
      const appealed = act(
        recorded,
        'unit',
        { event: 'request-appeal', reason: '诉求不属实', evidence: '录音' },
        later(built.now, 2),
      ).order;
      expect(appealed).toMatchObject({
        status: 'appeal-requested',
        appeal: { during: cause === 'unit' ? 'rehandling' : 'unsatisfied' },
      });
      const { order: approved, step } = act(appealed, 'reviewer', { event: 'approve-appeal' }, later(built.now, 3));
      expect(approved).toMatchObject({
        status: 'closed',
        excludedFromAssessment: true,
        appeal: { decision: 'approved' },
      });
      if (cause === 'unit') expect(step.details).toMatchObject({ rehandlingEnded: true });
    },
  );

  it('R20.3 a co unit may not appeal: only the lead unit does (403)', () => {
    const built = workOrderIn('unsatisfied');
    expect(() =>
      act(built.order, 'otherUnit', { event: 'request-appeal', reason: 'x', evidence: 'y' }, later(built.now, 1)),
    ).toThrow(expect.objectContaining({ httpStatus: 403, message: expect.stringMatching(/lead unit/) }));
  });

  it.each([
    ['no evidence', { reason: '诉求不属实', evidence: '' }],
    ['a blank reason', { reason: '   ', evidence: '录音' }],
  ])('R20.3 an appeal with %s is refused (422)', (_, body) => {
    const built = workOrderIn('unsatisfied');
    expect(() => act(built.order, 'unit', { event: 'request-appeal', ...body }, later(built.now, 1))).toThrow(
      expect.objectContaining({ httpStatus: 422, requirement: 'R20.3' }),
    );
  });

  it('R20.3 the appeal window is the configured number of working days after the callback; later appeals are refused', () => {
    const built = workOrderIn('completed', { start: beijing('2026-09-28 08:00') });
    const command = { ...unsatisfied('policy'), appealWindowWorkingDays: 2 } as WorkOrderCommand;
    const { order, step } = act(built.order, 'reviewer', command, beijing('2026-09-29 10:00'));
    // two working days after Tue 09-29: Wed 09-30, then National Day until 10-07, so Thu 10-08
    expect(order.callback?.appealWindow).toMatchObject({ lastDay: '2026-10-08', workingDays: 2 });
    expect(step.details).toMatchObject({ appealable: true, appealWindow: { lastDay: '2026-10-08' } });
    const appeal: WorkOrderCommand = { event: 'request-appeal', reason: '政策限制', evidence: '文件' };
    expect(act(order, 'unit', appeal, beijing('2026-10-08 23:00')).order.status).toBe('appeal-requested');
    expect(() => act(order, 'unit', appeal, beijing('2026-10-09 00:00'))).toThrow(
      expect.objectContaining({ httpStatus: 422, requirement: 'R20.3' }),
    );
  });

  it('R20.3 a rejected appeal closes the result, counted as unsatisfied; it cannot be appealed again', () => {
    const appealed = workOrderIn('appeal-requested');
    const { order: rejected, step } = act(
      appealed.order,
      'reviewer',
      { event: 'reject-appeal' },
      later(appealed.now, 1),
    );
    expect(rejected).toMatchObject({
      status: 'closed',
      excludedFromAssessment: false,
      appeal: { decision: 'rejected' },
    });
    expect(step.details).toMatchObject({ countedAsUnsatisfied: true });
    expect(() =>
      act(rejected, 'unit', { event: 'request-appeal', reason: 'x', evidence: 'y' }, later(appealed.now, 2)),
    ).toThrow(IllegalTransitionError);
  });

  it('R20.2 R20.3 a rejected appeal of a re-handling sends it back to re-handling under the same deadline', () => {
    const built = workOrderIn('rehandling');
    const appealed = act(
      built.order,
      'unit',
      { event: 'request-appeal', reason: '诉求人反映不属实', evidence: '现场照片' },
      later(built.now, 1),
    ).order;
    const { order: rejected, step } = act(appealed, 'reviewer', { event: 'reject-appeal' }, later(built.now, 2));
    expect(rejected).toMatchObject({
      status: 'rehandling',
      excludedFromAssessment: false,
      deadlines: { rehandling: built.order.deadlines.rehandling },
    });
    expect(step.details).toMatchObject({ rehandlingGoesOn: true });
    expect(() =>
      act(rejected, 'unit', { event: 'request-appeal', reason: 'x', evidence: 'y' }, later(built.now, 3)),
    ).toThrow(/appealed before/);
  });

  it('R20.3 without an appeal, the result closes once the window ended, counted as unsatisfied', () => {
    const built = workOrderIn('completed', { start: beijing('2026-03-02 08:00') });
    const order = act(built.order, 'reviewer', unsatisfied('malicious'), beijing('2026-03-03 10:00')).order;
    const close: WorkOrderCommand = { event: 'close-unsatisfied' };
    // five working days after Tue 03-03: Tue 03-10
    expect(() => act(order, 'system', close, beijing('2026-03-10 23:59'))).toThrow(
      expect.objectContaining({ httpStatus: 422, requirement: 'R20.3' }),
    );
    const { order: closed, step } = act(order, 'system', close, beijing('2026-03-11 00:00'));
    expect(closed).toMatchObject({
      status: 'closed',
      excludedFromAssessment: false,
      callback: { satisfaction: 'unsatisfied' },
    });
    expect(step.details).toMatchObject({ countedAsUnsatisfied: true, appealWindow: { lastDay: '2026-03-10' } });
  });

  it('R20.1 a closed-online order awaits its callback; unsatisfied, it goes back to the operator, who answers again or dispatches', () => {
    const built = workOrderIn('closed-online');
    const { order: reopened, step } = act(built.order, 'reviewer', unsatisfied('policy'), later(built.now, 1));
    expect(reopened).toMatchObject({ status: 'reopened', callback: { satisfaction: 'unsatisfied' } });
    expect(step.details).toMatchObject({ backToOperator: true });
    expect(availableEvents(reopened, ACTORS.operator).sort()).toEqual(['accept-for-dispatch', 'answer-callback']);
    expect(availableEvents(reopened, ACTORS.unit)).toEqual([]);
    const answered = act(
      reopened,
      'operator',
      { event: 'answer-callback', answer: '已再次电话答复' },
      later(built.now, 2),
    ).order;
    expect(answered).toMatchObject({
      status: 'closed-online',
      onlineClosure: { via: 'callback', closedAt: later(built.now, 2) },
    });
    const sentOn = act(reopened, 'operator', { event: 'accept-for-dispatch' }, later(built.now, 2)).order;
    const dispatched = act(
      sentOn,
      'operator',
      { event: 'dispatch', leadUnitId: 'unit-yuhu-district' },
      later(built.now, 2),
    ).order;
    expect(dispatched).toMatchObject({ status: 'dispatched', assignment: { leadUnitId: 'unit-yuhu-district' } });
  });

  it('R20.1 a satisfied callback closes a closed-online order', () => {
    const built = workOrderIn('closed-online');
    const command: WorkOrderCommand = { event: 'record-callback', satisfaction: 'satisfied', contacted: true };
    expect(act(built.order, 'reviewer', command, later(built.now, 1)).order.status).toBe('closed');
  });

  it('R20.3 mediation and law-enforcement matters are flagged: satisfaction is not the only measure', () => {
    const built = workOrderIn('completed');
    const mediation: WorkOrder = { ...built.order, matterNature: 'mediation' };
    const { step } = act(mediation, 'reviewer', unsatisfied('policy'), later(built.now, 1));
    expect(step.details).toMatchObject({ matterNature: 'mediation', satisfactionIsSoleMeasure: false });
    const general: WorkOrder = { ...built.order, matterNature: 'general' };
    expect(act(general, 'reviewer', unsatisfied('policy'), later(built.now, 1)).step.details).toMatchObject({
      satisfactionIsSoleMeasure: true,
    });
    expect(act(built.order, 'reviewer', unsatisfied('policy'), later(built.now, 1)).step.details).toMatchObject({
      satisfactionIsSoleMeasure: true,
    });
  });

  it('R20.3 the reviewer classifies the matter with the callback; it is kept on the work order and decides the measure', () => {
    const built = workOrderIn('completed');
    const { order, step } = act(
      built.order,
      'reviewer',
      { ...unsatisfied('policy'), matterNature: 'law-enforcement' } as WorkOrderCommand,
      later(built.now, 1),
    );
    expect(order.matterNature).toBe('law-enforcement');
    expect(step.details).toMatchObject({ matterNature: 'law-enforcement', satisfactionIsSoleMeasure: false });
    const reclassified = act(
      { ...built.order, matterNature: 'mediation' },
      'reviewer',
      { event: 'record-callback', satisfaction: 'satisfied', contacted: true, matterNature: 'general' },
      later(built.now, 1),
    );
    expect(reclassified.order).toMatchObject({ status: 'closed', matterNature: 'general' });
    expect(reclassified.step.details).toMatchObject({ satisfactionIsSoleMeasure: true });
    expect(() =>
      act(
        built.order,
        'reviewer',
        { ...unsatisfied('policy'), matterNature: 'administrative' } as never,
        later(built.now, 1),
      ),
    ).toThrow(expect.objectContaining({ httpStatus: 422, requirement: 'R20.3' }));
  });
});
