import { ACTORS, beijing, later, VALID_REPLY, workOrderIn } from '../../test/work-order-fixtures';
import { IllegalTransitionError, RoleNotAllowedError } from '../errors/domain-error';
import type { ActorRole } from '../reference/roles';
import { applyWorkOrderCommand, availableEvents } from './apply-work-order-command';
import { createWorkOrder } from './create-work-order';
import { WORK_ORDER_TRANSITIONS } from './lifecycle-transitions';
import type { WorkOrder } from './work-order';
import type { WorkOrderCommand } from './work-order-commands';
import { WORK_ORDER_EVENTS, type WorkOrderEvent } from './work-order-events';
import { WORK_ORDER_STATUSES, type WorkOrderStatus } from './work-order-status';

type Step = [keyof typeof ACTORS, WorkOrderCommand];
/** `before`: steps that keep the state but make the sample valid there (e.g. an extension approved first). */
type Sample = { actor: keyof typeof ACTORS; command: WorkOrderCommand; hoursLater?: number; before?: readonly Step[] };

/** A valid command for every step; the machine table decides where it may start. */
const SAMPLES: Record<Exclude<WorkOrderEvent, 'receive'>, Sample> = {
  reject: { actor: 'operator', command: { event: 'reject', reasonCode: 6, basis: '无实质诉求内容' } },
  'close-online': { actor: 'operator', command: { event: 'close-online', articleId: 'kb-7' } },
  'schedule-callback': { actor: 'operator', command: { event: 'schedule-callback', callerConsent: true } },
  'answer-callback': { actor: 'operator', command: { event: 'answer-callback', answer: '已电话答复' } },
  'accept-for-dispatch': { actor: 'operator', command: { event: 'accept-for-dispatch' } },
  dispatch: { actor: 'operator', command: { event: 'dispatch', leadUnitId: 'unit-yuhu-district' } },
  'raise-difficulty': { actor: 'operator', command: { event: 'raise-difficulty', kind: 'unclear-jurisdiction' } },
  'escalate-difficulty': { actor: 'supervisor', command: { event: 'escalate-difficulty' } },
  'assign-by-coordination': {
    actor: 'supervisor',
    command: { event: 'assign-by-coordination', leadUnitId: 'unit-yuhu-district' },
  },
  sign: { actor: 'unit', command: { event: 'sign' } },
  'deem-signed': { actor: 'system', command: { event: 'deem-signed' }, hoursLater: 24 * 7 },
  'request-return': { actor: 'unit', command: { event: 'request-return', reason: '非本单位职责', basis: '三定方案' } },
  'approve-return': { actor: 'reviewer', command: { event: 'approve-return' } },
  'reject-return': { actor: 'reviewer', command: { event: 'reject-return' } },
  'request-extension': {
    actor: 'unit',
    command: { event: 'request-extension', workingDays: 5, reason: '需多部门协调' },
  },
  'approve-extension': { actor: 'reviewer', command: { event: 'approve-extension' } },
  'reject-extension': { actor: 'reviewer', command: { event: 'reject-extension' } },
  'record-caller-informed': {
    actor: 'unit',
    command: { event: 'record-caller-informed', informedAt: beijing('2026-03-02 14:30'), method: 'phone' },
    before: [
      ['unit', { event: 'request-extension', workingDays: 2, reason: '需协调' }],
      ['reviewer', { event: 'approve-extension' }],
    ],
  },
  'submit-reply': { actor: 'unit', command: { event: 'submit-reply', reply: VALID_REPLY } },
  'pass-reply': { actor: 'reviewer', command: { event: 'pass-reply' } },
  'fail-reply': { actor: 'reviewer', command: { event: 'fail-reply', comment: '未联系诉求人' } },
  'record-callback': {
    actor: 'reviewer',
    command: { event: 'record-callback', satisfaction: 'satisfied', contacted: true },
  },
  'request-appeal': { actor: 'unit', command: { event: 'request-appeal', reason: '反映不属实', evidence: '现场照片' } },
  'approve-appeal': { actor: 'reviewer', command: { event: 'approve-appeal' } },
  'reject-appeal': { actor: 'reviewer', command: { event: 'reject-appeal' } },
  'close-unsatisfied': { actor: 'system', command: { event: 'close-unsatisfied' }, hoursLater: 24 * 14 },
};

function prepared(built: { order: WorkOrder; now: Date }, steps: readonly Step[]): { order: WorkOrder; now: Date } {
  return steps.reduce(({ order, now }, [actor, command]) => {
    const at = later(now, 1);
    return { order: applyWorkOrderCommand(order, command, { actor: ACTORS[actor], now: at }).order, now: at };
  }, built);
}

const ROLES_TO_TRY: readonly ActorRole[] = ['admin', 'partner', 'unit', 'operator', 'reviewer', 'supervisor', 'system'];
const ACTOR_OF_ROLE: Record<ActorRole, keyof typeof ACTORS> = {
  admin: 'admin',
  partner: 'partner',
  unit: 'unit',
  operator: 'operator',
  reviewer: 'reviewer',
  supervisor: 'supervisor',
  system: 'system',
};
/** States where the lead unit still holds the work order, so a refusal there is about the state alone. */
const STATES_TO_REFUSE_IN: readonly WorkOrderStatus[] = ['closed', 'completed', 'replied', 'handling', 'received'];

describe('work-order lifecycle: every step allowed and refused', () => {
  it('has a sample command for every step of the machine', () => {
    const stepped = WORK_ORDER_TRANSITIONS.map((transition) => transition.event).sort();
    expect(stepped).toEqual([...WORK_ORDER_EVENTS].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual(WORK_ORDER_EVENTS.filter((event) => event !== 'receive').sort());
  });

  describe.each(WORK_ORDER_TRANSITIONS.filter((transition) => transition.event !== 'receive'))(
    '$event',
    (transition) => {
      const sample = SAMPLES[transition.event as Exclude<WorkOrderEvent, 'receive'>];
      const ids = transition.requirements.join(' ');

      it.each(transition.from.map((from) => [from]))(`${ids} ${transition.event}: allowed from %s`, (from) => {
        const built = prepared(workOrderIn(from), sample.before ?? []);
        const now = later(built.now, sample.hoursLater ?? 1);
        const { order, step } = applyWorkOrderCommand(built.order, sample.command, {
          actor: ACTORS[sample.actor],
          now,
        });
        expect(transition.to).toContain(order.status);
        expect(step).toMatchObject({
          event: transition.event,
          from,
          to: order.status,
          at: now,
          version: order.version,
        });
        expect(step.requirements).toEqual(transition.requirements);
      });

      const refusedState = STATES_TO_REFUSE_IN.find((state) => !transition.from.includes(state)) as WorkOrderStatus;
      it(`${ids} ${transition.event}: refused in state ${refusedState} (409)`, () => {
        const built = workOrderIn(refusedState);
        const attempt = () =>
          applyWorkOrderCommand(built.order, sample.command, { actor: ACTORS[sample.actor], now: later(built.now, 1) });
        expect(attempt).toThrow(IllegalTransitionError);
        expect(attempt).toThrow(expect.objectContaining({ httpStatus: 409, status: refusedState }));
      });

      const refusedRole = ROLES_TO_TRY.find((role) => !transition.roles.includes(role)) as ActorRole;
      it(`${ids} ${transition.event}: refused for role ${refusedRole} (403)`, () => {
        const built = workOrderIn(transition.from[0]);
        const attempt = () =>
          applyWorkOrderCommand(built.order, sample.command, {
            actor: ACTORS[ACTOR_OF_ROLE[refusedRole]],
            now: later(built.now, sample.hoursLater ?? 1),
          });
        expect(attempt).toThrow(RoleNotAllowedError);
        expect(attempt).toThrow(expect.objectContaining({ httpStatus: 403 }));
      });

      if (transition.roles.includes('unit')) {
        it(`${ids} ${transition.event}: refused for a unit that does not lead the work order (403)`, () => {
          const from = transition.from.find((state) => state !== 'awaiting-dispatch') ?? transition.from[0];
          const built = workOrderIn(from);
          const attempt = () =>
            applyWorkOrderCommand(built.order, sample.command, { actor: ACTORS.otherUnit, now: later(built.now, 1) });
          expect(attempt).toThrow(RoleNotAllowedError);
        });
      }
    },
  );

  it('R2.1 R14.1 receive: an operator, partner or the system creates the work order, recording the channel', () => {
    for (const actor of [ACTORS.operator, ACTORS.partner, ACTORS.system]) {
      const now = beijing('2026-03-02 09:00');
      const { order, step } = createWorkOrder({ id: 'wo-9', type: 'help', channel: 'web' }, { actor, now });
      expect(order).toMatchObject({ status: 'received', channel: 'web', version: 1, receivedAt: now });
      expect(step).toMatchObject({ event: 'receive', from: null, to: 'received', requirements: ['R2.1', 'R14.1'] });
    }
  });

  it('R2.1 R14.1 receive: refused for a unit (403) and for an unknown channel or type (400)', () => {
    const now = beijing('2026-03-02 09:00');
    expect(() => createWorkOrder({ id: 'wo-9', type: 'help', channel: 'web' }, { actor: ACTORS.unit, now })).toThrow(
      RoleNotAllowedError,
    );
    const bad = { id: 'wo-9', type: 'gossip', channel: 'fax' } as never;
    expect(() => createWorkOrder(bad, { actor: ACTORS.operator, now })).toThrow(
      expect.objectContaining({ httpStatus: 400, message: expect.stringMatching(/type.*channel/) }),
    );
  });

  it('R14.1 every state is reachable and the timeline versions grow by one per step', () => {
    for (const status of WORK_ORDER_STATUSES) {
      const { steps } = workOrderIn(status);
      expect(steps.map((step) => step.version)).toEqual(steps.map((_, index) => index + 1));
    }
  });

  it('refuses an unknown step as invalid input (400)', () => {
    const { order } = workOrderIn('handling');
    const attempt = () =>
      applyWorkOrderCommand(order, { event: 'teleport' } as never, {
        actor: ACTORS.unit,
        now: beijing('2026-03-03 09:00'),
      });
    expect(attempt).toThrow(expect.objectContaining({ httpStatus: 400 }));
  });

  it('lists the steps an actor may take now', () => {
    const { order } = workOrderIn('handling');
    expect(availableEvents(order, ACTORS.unit).sort()).toEqual([
      'raise-difficulty',
      'record-caller-informed',
      'request-extension',
      'request-return',
      'submit-reply',
    ]);
    expect(availableEvents(order, ACTORS.otherUnit)).toEqual([]);
    // R21.1 the centre, too, may find while the unit handles it that the duty is unclear
    expect(availableEvents(order, ACTORS.reviewer)).toEqual(['raise-difficulty']);
  });
});
