import { ACTORS, later, LEAD_UNIT, OTHER_UNIT, workOrderIn } from '../../test/work-order-fixtures';
import { RegulationViolationError } from '../errors/domain-error';
import { REJECTION_REASONS } from '../reference/rejection-reasons';
import { isOverdue } from '../time-limits/deadlines';
import { applyWorkOrderCommand } from './apply-work-order-command';
import type { WorkOrderCommand } from './work-order-commands';

const operator = (command: WorkOrderCommand, status: Parameters<typeof workOrderIn>[0] = 'received', hours = 1) => {
  const built = workOrderIn(status);
  return applyWorkOrderCommand(built.order, command, { actor: ACTORS.operator, now: later(built.now, hours) });
};

describe('intake (R13–R15)', () => {
  it('R13.1 R14.2 a rejection records the reason code and the basis told to the caller', () => {
    const { order, step } = operator({ event: 'reject', reasonCode: 2, basis: '已进入信访渠道' });
    expect(order.rejection).toEqual({ reasonCode: 2, basis: '已进入信访渠道' });
    expect(step.details).toMatchObject({ reason: REJECTION_REASONS[1].zh, transferToEmergencyLine: false });
  });

  it('R13.1 the system rejects a district known to lie outside the city (reason 8), and nothing else', () => {
    const built = workOrderIn('received');
    const { order } = applyWorkOrderCommand(
      built.order,
      { event: 'reject', reasonCode: 8, basis: '所反映问题发生在岳麓区' },
      { actor: ACTORS.system, now: built.now },
    );
    expect(order.rejection).toEqual({ reasonCode: 8, basis: '所反映问题发生在岳麓区' });
    expect(() =>
      applyWorkOrderCommand(
        built.order,
        { event: 'reject', reasonCode: 6, basis: '无实质内容' },
        { actor: ACTORS.system, now: built.now },
      ),
    ).toThrow(expect.objectContaining({ httpStatus: 422, requirement: 'R13.1' }));
  });

  it('R13.1 reason 5 hands the caller to the emergency lines', () => {
    const { step } = operator({ event: 'reject', reasonCode: 5, basis: '火警，转119' });
    expect(step.details).toMatchObject({ transferToEmergencyLine: true });
  });

  it.each([0, 10, 2.5, '3'])('R13.1 refuses reason code %p (422)', (code) => {
    const attempt = () => operator({ event: 'reject', reasonCode: code as number, basis: 'x' });
    expect(attempt).toThrow(RegulationViolationError);
    expect(attempt).toThrow(expect.objectContaining({ httpStatus: 422, requirement: 'R13.1' }));
  });

  it('R14.2 refuses a rejection without a basis', () => {
    expect(() => operator({ event: 'reject', reasonCode: 6, basis: '  ' })).toThrow(
      expect.objectContaining({ requirement: 'R14.2' }),
    );
  });

  it('R15.1 closing online cites the knowledge-base article, and refuses without one', () => {
    expect(operator({ event: 'close-online', articleId: 'kb-1' }).order.onlineClosure).toEqual({
      articleId: 'kb-1',
      via: 'on-the-spot',
      closedAt: expect.any(Date),
    });
    expect(() => operator({ event: 'close-online', articleId: '' })).toThrow(
      expect.objectContaining({ requirement: 'R15.1' }),
    );
  });

  it('R15.2 a call back needs consent and is due within 1 working day', () => {
    expect(() => operator({ event: 'schedule-callback', callerConsent: false })).toThrow(
      expect.objectContaining({ requirement: 'R15.2' }),
    );
    const { order } = operator({ event: 'schedule-callback', callerConsent: true });
    expect(order.deadlines.onlineCallback).toMatchObject({ lastDay: '2026-03-03', workingDays: 1 });
  });

  it('R15.2 an answer after the working day is recorded as late', () => {
    const built = workOrderIn('callback-pending');
    const lateAt = later(built.now, 48);
    expect(isOverdue(built.order.deadlines.onlineCallback!, lateAt)).toBe(true);
    const { order, step } = applyWorkOrderCommand(
      built.order,
      { event: 'answer-callback', answer: '已答复' },
      { actor: ACTORS.operator, now: lateAt },
    );
    expect(order.status).toBe('closed-online');
    expect(step.details).toMatchObject({ inTime: false });
  });
});

describe('dispatch (R15.3–R15.5, R22.1)', () => {
  it('R15.5 one lead unit and co-handling units; the sign limit starts (R16.1)', () => {
    const { order, step } = operator(
      { event: 'dispatch', leadUnitId: LEAD_UNIT, coUnitIds: [OTHER_UNIT], emergencyCategory: 'public-health' },
      'awaiting-dispatch',
    );
    expect(order.assignment).toMatchObject({ leadUnitId: LEAD_UNIT, coUnitIds: [OTHER_UNIT], via: 'dispatch' });
    expect(order.deadlines.sign).toMatchObject({ lastDay: '2026-03-03', policy: { requirement: 'R16.1' } });
    expect(step.details).toMatchObject({ redispatch: false, emergencyDestination: '市卫生健康委' });
  });

  it.each([
    [{ leadUnitId: '' }],
    [{ leadUnitId: LEAD_UNIT, coUnitIds: [LEAD_UNIT] }],
    [{ leadUnitId: LEAD_UNIT, coUnitIds: [OTHER_UNIT, OTHER_UNIT] }],
  ])('R15.5 refuses %j', (units) => {
    expect(() => operator({ event: 'dispatch', ...units }, 'awaiting-dispatch')).toThrow(
      expect.objectContaining({ httpStatus: 422, requirement: 'R15.5' }),
    );
  });

  it('R15.4 refuses an unknown emergency category', () => {
    const command = { event: 'dispatch', leadUnitId: LEAD_UNIT, emergencyCategory: 'flood' } as never;
    expect(() => operator(command, 'awaiting-dispatch')).toThrow(expect.objectContaining({ requirement: 'R15.4' }));
  });
});

describe('difficult matters (R21.1)', () => {
  it('R21.1 a unit raises it from a dispatched order; the office escalates; the government names the unit', () => {
    const built = workOrderIn('dispatched');
    const raised = applyWorkOrderCommand(
      built.order,
      { event: 'raise-difficulty', kind: 'disputed-law' },
      { actor: ACTORS.unit, now: later(built.now, 1) },
    );
    expect(raised.order).toMatchObject({
      status: 'coordinating',
      difficulty: { kind: 'disputed-law', level: 'office' },
    });
    expect(raised.order.assignment).toBeUndefined();
    const escalated = applyWorkOrderCommand(
      raised.order,
      { event: 'escalate-difficulty' },
      { actor: ACTORS.supervisor, now: later(built.now, 2) },
    );
    expect(escalated.order.difficulty?.level).toBe('city-government');
    const assigned = applyWorkOrderCommand(
      escalated.order,
      { event: 'assign-by-coordination', leadUnitId: OTHER_UNIT },
      { actor: ACTORS.supervisor, now: later(built.now, 3) },
    );
    expect(assigned.order).toMatchObject({
      status: 'dispatched',
      dispatchCount: 2,
      assignment: { leadUnitId: OTHER_UNIT, via: 'city-government-coordination' },
    });
    expect(assigned.step.details).toMatchObject({ redispatch: true });
  });

  it('R21.1 refuses a difficulty that is not one of the three kinds', () => {
    expect(() => operator({ event: 'raise-difficulty', kind: 'boring' as never }, 'awaiting-dispatch')).toThrow(
      expect.objectContaining({ requirement: 'R21.1' }),
    );
  });
});
