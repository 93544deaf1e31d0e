import { ACTORS, beijing, later, OTHER_UNIT, VALID_REPLY, workOrderIn } from '../../test/work-order-fixtures';
import { IllegalTransitionError, RoleNotAllowedError } from '../errors/domain-error';
import { applyWorkOrderCommand } from './apply-work-order-command';
import { acceptCoUnitContribution } from './co-unit-contribution';
import { assertPlanDateInFuture, CLOCK_SKEW_MS, contactContradictionOf } from './reply-record';
import type { UnitReply, WorkOrder } from './work-order';
import type { WorkOrderCommand } from './work-order-commands';

const coUnit = { role: 'unit', id: 'u-9', unitId: OTHER_UNIT } as const;
const act = (order: WorkOrder, actor: keyof typeof ACTORS | typeof coUnit, command: WorkOrderCommand, now: Date) =>
  applyWorkOrderCommand(order, command, { actor: typeof actor === 'string' ? ACTORS[actor] : actor, now });
const informed = (at: string, method = '电话'): WorkOrderCommand => ({
  event: 'record-caller-informed',
  informedAt: beijing(at),
  method,
});

/** Handling since 2026-03-02 12:00; an extension asked 03-05 10:00 and decided 03-05 15:00. */
function withExtension(approve: boolean): WorkOrder {
  const requested = act(
    workOrderIn('handling').order,
    'unit',
    { event: 'request-extension', workingDays: 3, reason: '需协调' },
    beijing('2026-03-05 10:00'),
  );
  const decision: WorkOrderCommand = { event: approve ? 'approve-extension' : 'reject-extension' };
  return act(requested.order, 'reviewer', decision, beijing('2026-03-05 15:00')).order;
}

describe('the unit tells the caller of an approved extension (R17.2)', () => {
  it('R17.2 records when and how the lead unit told the caller, on the work order and its step', () => {
    const { order, step } = act(withExtension(true), 'unit', informed('2026-03-05 16:30'), beijing('2026-03-06 09:00'));
    expect(order.status).toBe('handling');
    expect(order.extension).toMatchObject({ decision: 'approved', decidedAt: beijing('2026-03-05 15:00') });
    expect(order.extension?.callerInformed).toEqual({
      informedAt: beijing('2026-03-05 16:30'),
      method: '电话',
      recordedAt: beijing('2026-03-06 09:00'),
    });
    expect(step).toMatchObject({
      event: 'record-caller-informed',
      from: 'handling',
      to: 'handling',
      requirements: ['R17.2'],
    });
    expect(step.details).toMatchObject({
      informedAt: beijing('2026-03-05 16:30').toISOString(),
      method: '电话',
      handling: { lastDay: '2026-03-12' },
    });
  });

  it.each([
    ['in the future', '2026-03-06 09:01'],
    ['before the approval', '2026-03-05 14:59'],
  ])('R17.2 refuses an informedAt %s (422 naming informedAt)', (_what, at) => {
    const attempt = () => act(withExtension(true), 'unit', informed(at), beijing('2026-03-06 09:00'));
    expect(attempt).toThrow(
      expect.objectContaining({
        httpStatus: 422,
        requirement: 'R17.2',
        details: expect.objectContaining({ field: 'informedAt' }),
      }),
    );
  });

  it('R17.2 refuses it for a rejected extension, a second time, or without a method (422)', () => {
    const now = beijing('2026-03-06 09:00');
    expect(() => act(withExtension(false), 'unit', informed('2026-03-05 16:00'), now)).toThrow(
      expect.objectContaining({ httpStatus: 422, requirement: 'R17.2' }),
    );
    expect(() => act(workOrderIn('handling').order, 'unit', informed('2026-03-02 13:00'), now)).toThrow(
      expect.objectContaining({ httpStatus: 422 }),
    );
    const once = act(withExtension(true), 'unit', informed('2026-03-05 16:00'), now).order;
    expect(() => act(once, 'unit', informed('2026-03-05 17:00'), later(now, 1))).toThrow(
      expect.objectContaining({ httpStatus: 422, requirement: 'R17.2' }),
    );
    expect(() => act(withExtension(true), 'unit', informed('2026-03-05 16:00', ' '), now)).toThrow(
      expect.objectContaining({ httpStatus: 422 }),
    );
  });

  it('R15.5 R17.2 only the lead unit records it: a co unit gets 403 saying so', () => {
    const attempt = () => act(withExtension(true), coUnit, informed('2026-03-05 16:00'), beijing('2026-03-06 09:00'));
    expect(attempt).toThrow(RoleNotAllowedError);
    expect(attempt).toThrow(/only the lead unit/);
  });
});

describe('the reply against the callback (R18.1, R20.1, Art. 26(3))', () => {
  const completedWith = (callerContacted: boolean) => {
    const handling = workOrderIn('handling');
    const replied = act(
      handling.order,
      'unit',
      { event: 'submit-reply', reply: { ...VALID_REPLY, callerContacted } },
      later(handling.now, 1),
    );
    return act(replied.order, 'reviewer', { event: 'pass-reply' }, later(handling.now, 2)).order;
  };
  const callback = (contacted: boolean): WorkOrderCommand => ({
    event: 'record-callback',
    satisfaction: 'satisfied',
    contacted,
  });

  it('R18.1 R20.1 R26.1 flags a reply that claims contact when the callback finds none, on the order and the step', () => {
    const at = beijing('2026-03-04 10:00');
    const { order, step } = act(completedWith(true), 'reviewer', callback(false), at);
    expect(order.contactContradiction).toMatchObject({
      replyCallerContacted: true,
      callbackContacted: false,
      callbackRecordedAt: at,
    });
    expect(order.contactContradiction?.requirements).toEqual(['R18.1', 'R20.1', 'R26.1']);
    expect(step.details).toMatchObject({
      contactContradiction: { replyCallerContacted: true, callbackContacted: false },
    });
  });

  it('R18.1 R20.1 flags nothing when the reply and the callback agree, or the unit claimed no contact', () => {
    const at = beijing('2026-03-04 10:00');
    expect(act(completedWith(true), 'reviewer', callback(true), at).order.contactContradiction).toBeUndefined();
    expect(act(completedWith(false), 'reviewer', callback(false), at).order.contactContradiction).toBeUndefined();
    expect(act(completedWith(false), 'reviewer', callback(true), at).step.details).not.toHaveProperty(
      'contactContradiction',
    );
  });

  it('R26.1 the rule alone: only a claimed contact the callback denies', () => {
    const reply = { callerContacted: true, submittedAt: beijing('2026-03-03 10:00') };
    const recordedAt = beijing('2026-03-04 10:00');
    expect(contactContradictionOf(reply, { contacted: false, recordedAt })).toBeDefined();
    expect(contactContradictionOf(reply, { contacted: true, recordedAt })).toBeUndefined();
    expect(contactContradictionOf(undefined, { contacted: false, recordedAt })).toBeUndefined();
  });
});

describe('a plan’s date lies in the future (R18.2)', () => {
  const plan = (planDate: string): WorkOrderCommand => ({
    event: 'submit-reply',
    reply: { ...VALID_REPLY, outcome: 'plan', plan: '纳入改造计划', planDate } as UnitReply,
  });
  const now = beijing('2026-03-03 10:00');

  it.each(['2026-03-02', '2026-03-03'])(
    'R18.2 refuses planDate %s, not after the day of the reply (422 naming planDate)',
    (planDate) => {
      const attempt = () => act(workOrderIn('handling').order, 'unit', plan(planDate), now);
      expect(attempt).toThrow(
        expect.objectContaining({
          httpStatus: 422,
          requirement: 'R18.2',
          details: expect.objectContaining({ field: 'planDate' }),
        }),
      );
    },
  );

  it('R18.2 accepts tomorrow, in Beijing time (late evening UTC is already the next day there)', () => {
    expect(act(workOrderIn('handling').order, 'unit', plan('2026-03-04'), now).order.reply?.planDate).toBe(
      '2026-03-04',
    );
    // 2026-03-03 17:00 UTC is 2026-03-04 01:00 in Beijing: 03-04 is today there, not the future.
    expect(() => assertPlanDateInFuture('2026-03-04', new Date('2026-03-03T17:00:00Z'))).toThrow(
      expect.objectContaining({ requirement: 'R18.2' }),
    );
  });

  it('R15.5 R18.2 a co unit’s contribution is held to the same date', () => {
    const order = workOrderIn('handling').order;
    const contribution = { ...VALID_REPLY, outcome: 'plan', plan: '分步实施', planDate: '2026-03-01' } as UnitReply;
    expect(() => acceptCoUnitContribution(order, coUnit, contribution, now)).toThrow(
      expect.objectContaining({ httpStatus: 422, requirement: 'R18.2' }),
    );
  });
});

describe('co-handling units and the lead unit (R15.5)', () => {
  it.each([
    ['dispatched', { event: 'sign' }],
    ['handling', { event: 'request-return', reason: '非本单位职责', basis: '三定方案' }],
    ['handling', { event: 'request-extension', workingDays: 2, reason: '需协调' }],
    ['unsatisfied', { event: 'request-appeal', reason: '反映不属实', evidence: '现场照片' }],
  ] as const)('R15.5 in %s a co unit gets 403 saying only the lead unit may %j', (status, command) => {
    const built = workOrderIn(status);
    const attempt = () => act(built.order, coUnit, command as WorkOrderCommand, later(built.now, 1));
    expect(attempt).toThrow(RoleNotAllowedError);
    expect(attempt).toThrow(/only the lead unit \(牵头单位\) may .*co-handling unit/);
  });

  it('R15.5 R18.1 the lead unit’s reply names the lead and co-handling units', () => {
    const built = workOrderIn('handling');
    const { order, step } = act(
      built.order,
      'unit',
      { event: 'submit-reply', reply: VALID_REPLY },
      later(built.now, 1),
    );
    expect(order.reply).toMatchObject({ leadUnitId: ACTORS.unit.unitId, coUnitIds: [OTHER_UNIT] });
    expect(step.details).toMatchObject({ leadUnitId: ACTORS.unit.unitId, coUnitIds: [OTHER_UNIT] });
  });
});

describe('a difficult matter after signing (R21.1)', () => {
  it('R21.1 the lead unit raises it while handling: the office coordinates and the unit’s limits stop', () => {
    const built = workOrderIn('handling');
    const command: WorkOrderCommand = {
      event: 'raise-difficulty',
      kind: 'unclear-duty',
      note: '办理中发现涉及住建与城管职责交叉',
    };
    const { order, step } = act(built.order, 'unit', command, later(built.now, 1));
    expect(order).toMatchObject({ status: 'coordinating', difficulty: { kind: 'unclear-duty', level: 'office' } });
    expect(order.assignment).toBeUndefined();
    expect(order.deadlines.handling).toBeUndefined();
    expect(step).toMatchObject({ from: 'handling', details: { previousLeadUnitId: ACTORS.unit.unitId } });
  });

  it('R21.1 not once the reply is in (409), and never by a co unit (403)', () => {
    const replied = workOrderIn('replied');
    const command: WorkOrderCommand = { event: 'raise-difficulty', kind: 'unclear-duty' };
    expect(() => act(replied.order, 'unit', command, later(replied.now, 1))).toThrow(IllegalTransitionError);
    const handling = workOrderIn('handling');
    expect(() => act(handling.order, coUnit, command, later(handling.now, 1))).toThrow(/only the lead unit/);
  });
});

describe('a reply records a handling time that has passed (R18.1)', () => {
  const replyAt = (handledAt: Date): WorkOrderCommand => ({
    event: 'submit-reply',
    reply: { ...VALID_REPLY, handledAt } as UnitReply,
  });
  const now = beijing('2026-03-03 10:00');

  it('R18.1 refuses handledAt later than now (422 naming handledAt)', () => {
    const attempt = () => act(workOrderIn('handling').order, 'unit', replyAt(beijing('2026-03-04 09:00')), now);
    expect(attempt).toThrow(
      expect.objectContaining({
        httpStatus: 422,
        requirement: 'R18.1',
        details: expect.objectContaining({ field: 'handledAt' }),
      }),
    );
  });

  it('R18.1 accepts now, an earlier time, and a unit clock a few minutes ahead', () => {
    for (const handledAt of [now, beijing('2026-03-02 16:00'), new Date(now.getTime() + CLOCK_SKEW_MS)]) {
      expect(act(workOrderIn('handling').order, 'unit', replyAt(handledAt), now).order.reply?.handledAt).toEqual(
        handledAt,
      );
    }
  });
});

describe('every version of the reply stays on the record (R14.1)', () => {
  it('R14.1 the submit-reply step carries the whole reply, so a failed one is kept beside its successor', () => {
    const { step } = act(
      workOrderIn('handling').order,
      'unit',
      { event: 'submit-reply', reply: VALID_REPLY as UnitReply },
      beijing('2026-03-03 10:00'),
    );
    expect(step.details).toMatchObject({
      handledBy: VALID_REPLY.handledBy,
      handledAt: VALID_REPLY.handledAt,
      process: VALID_REPLY.process,
      result: VALID_REPLY.result,
      outcome: 'solved',
    });
  });
});
