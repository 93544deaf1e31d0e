import { ACTORS, later, LEAD_UNIT, workOrderIn } from '../../test/work-order-fixtures';
import { IllegalTransitionError, RoleNotAllowedError } from '../errors/domain-error';
import { runningDeadline } from '../time-limits/running-deadline';
import { isOverdue } from '../time-limits/deadlines';
import { applyWorkOrderCommand, availableEvents } from './apply-work-order-command';
import { createWorkOrder } from './create-work-order';
import type { WorkOrderCommand } from './work-order-commands';

const operatorAt = (hours: number, built = workOrderIn('callback-pending')) => ({
  actor: ACTORS.operator,
  now: later(built.now, hours),
});

describe('a request waiting for its call back (R15.2): answered, or sent on; never a dead end', () => {
  it('R15.2 records the consent the call back was scheduled with, and refuses one not given (422)', () => {
    const built = workOrderIn('received');
    const { order, step } = applyWorkOrderCommand(
      built.order,
      { event: 'schedule-callback', callerConsent: true },
      { actor: ACTORS.operator, now: later(built.now, 1) },
    );
    expect(order).toMatchObject({ status: 'callback-pending', callerConsent: true });
    expect(step.details).toMatchObject({ callerConsent: true });
    for (const consent of [false, undefined]) {
      const command = { event: 'schedule-callback', callerConsent: consent } as unknown as WorkOrderCommand;
      expect(() => applyWorkOrderCommand(built.order, command, { actor: ACTORS.operator, now: built.now })).toThrow(
        expect.objectContaining({ httpStatus: 422, requirement: 'R15.2' }),
      );
    }
  });

  it('R15.2 the operator can answer it or send it on; a unit or a reviewer cannot', () => {
    const built = workOrderIn('callback-pending');
    expect(availableEvents(built.order, ACTORS.operator)).toEqual(['answer-callback', 'accept-for-dispatch']);
    expect(availableEvents(built.order, ACTORS.reviewer)).toEqual([]);
    expect(() =>
      applyWorkOrderCommand(
        built.order,
        { event: 'answer-callback', answer: '已答复' },
        { actor: ACTORS.unit, now: built.now },
      ),
    ).toThrow(RoleNotAllowedError);
  });

  it('R15.2 R15.1 an answer within the working day closes it online, citing the article and its version', () => {
    const built = workOrderIn('callback-pending');
    const command: WorkOrderCommand = {
      event: 'answer-callback',
      answer: '已电话答复公积金贷款额度计算方法',
      articleId: 'kb-hpf-loan',
      articleVersion: 3,
    };
    const { order, step } = applyWorkOrderCommand(built.order, command, operatorAt(2, built));
    expect(order).toMatchObject({
      status: 'closed-online',
      onlineClosure: { answer: command.answer, articleId: 'kb-hpf-loan', articleVersion: 3, via: 'callback' },
    });
    expect(step).toMatchObject({
      from: 'callback-pending',
      to: 'closed-online',
      requirements: ['R15.2'],
      details: { inTime: true, articleId: 'kb-hpf-loan', articleVersion: 3 },
    });
  });

  it('R15.2 an answer without an article is recorded as given; an empty answer is refused (422)', () => {
    const built = workOrderIn('callback-pending');
    const { order } = applyWorkOrderCommand(
      built.order,
      { event: 'answer-callback', answer: '经核实后答复' },
      operatorAt(1, built),
    );
    expect(order.onlineClosure).toEqual({ answer: '经核实后答复', via: 'callback', closedAt: later(built.now, 1) });
    expect(() =>
      applyWorkOrderCommand(built.order, { event: 'answer-callback', answer: ' ' }, operatorAt(1, built)),
    ).toThrow(expect.objectContaining({ requirement: 'R15.2' }));
    expect(() =>
      applyWorkOrderCommand(
        built.order,
        { event: 'answer-callback', answer: 'x', articleId: 'kb-1', articleVersion: 0 },
        operatorAt(1, built),
      ),
    ).toThrow(expect.objectContaining({ requirement: 'R15.1' }));
  });

  it('R15.2 the 1-working-day limit runs while it waits, so an unanswered one is overdue the next working day', () => {
    const built = workOrderIn('callback-pending');
    const limit = runningDeadline(built.order)!;
    expect(limit).toBe(built.order.deadlines.onlineCallback);
    expect(isOverdue(limit, later(built.now, 2))).toBe(false);
    expect(isOverdue(limit, later(built.now, 40))).toBe(true);
  });

  it('R15.2 R15.3 what the call back cannot answer is sent on: awaiting dispatch, then dispatched to a unit', () => {
    const built = workOrderIn('callback-pending');
    const sent = applyWorkOrderCommand(built.order, { event: 'accept-for-dispatch' }, operatorAt(1, built));
    expect(sent.order.status).toBe('awaiting-dispatch');
    expect(sent.step.requirements).toEqual(['R15.2', 'R15.3']);
    const dispatched = applyWorkOrderCommand(
      sent.order,
      { event: 'dispatch', leadUnitId: LEAD_UNIT },
      operatorAt(2, built),
    );
    expect(dispatched.order).toMatchObject({
      status: 'dispatched',
      assignment: { leadUnitId: LEAD_UNIT },
      callerConsent: true,
    });
    expect(runningDeadline(dispatched.order)).toBe(dispatched.order.deadlines.sign);
  });

  it('R15.2 an answered or sent-on order cannot be answered again (409)', () => {
    const built = workOrderIn('callback-pending');
    const answered = applyWorkOrderCommand(
      built.order,
      { event: 'answer-callback', answer: '已答复' },
      operatorAt(1, built),
    ).order;
    expect(() =>
      applyWorkOrderCommand(answered, { event: 'answer-callback', answer: '再答复' }, operatorAt(2, built)),
    ).toThrow(IllegalTransitionError);
    expect(() => applyWorkOrderCommand(answered, { event: 'accept-for-dispatch' }, operatorAt(2, built))).toThrow(
      IllegalTransitionError,
    );
  });
});

describe('the nature of the matter (R20.3), set at intake', () => {
  it('R20.3 a work order may be opened as general, mediation or law-enforcement, and nothing else', () => {
    const context = { actor: ACTORS.operator, now: new Date('2026-03-02T01:00:00Z') };
    const { order, step } = createWorkOrder(
      { id: 'wo-9', type: 'complaint', channel: 'phone', matterNature: 'mediation' },
      context,
    );
    expect(order.matterNature).toBe('mediation');
    expect(step.details).toMatchObject({ matterNature: 'mediation' });
    expect(() =>
      createWorkOrder(
        { id: 'wo-9', type: 'complaint', channel: 'phone', matterNature: 'administrative-mediation' as never },
        context,
      ),
    ).toThrow(/matterNature: is one of general, mediation, law-enforcement/);
  });
});
