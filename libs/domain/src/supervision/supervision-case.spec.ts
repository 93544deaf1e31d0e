import { ACTORS, beijing, later, LEAD_UNIT, OTHER_UNIT, workOrderIn } from '../../test/work-order-fixtures';
import {
  AccessDeniedError,
  IllegalTransitionError,
  RegulationViolationError,
  RoleNotAllowedError,
  StateConflictError,
} from '../errors/domain-error';
import { applySupervisionCaseCommand, openSupervisionCase, type SupervisionCase } from './supervision-case';
import { supervisionCaseFromJson, supervisionCaseToJson } from './supervision-case-json';
import { SUPERVISION_CASE_TRANSITIONS } from './supervision-case-transitions';
import { detectSupervisionTriggers } from './system-triggers';

const opened = (method = 'system', trigger = 1, at = '2026-09-30 10:00', extra: Record<string, unknown> = {}) =>
  openSupervisionCase(
    { id: 'sc-1', workOrderIds: ['wo-1'], unitIds: [LEAD_UNIT], trigger, method, source: '市政府办公室交办', ...extra },
    { actor: ACTORS.supervisor, now: beijing(at) },
  );

describe('supervision cases (R23)', () => {
  it('R23.1 R23.2 open-case: system supervision has 5 working days, other methods 10', () => {
    const bySystem = opened('system');
    expect(bySystem.supervisionCase).toMatchObject({
      status: 'open',
      workOrderId: 'wo-1',
      workOrderIds: ['wo-1'],
      deadline: { lastDay: '2026-10-13' },
    });
    expect(bySystem.step).toMatchObject({
      event: 'open-case',
      from: null,
      to: 'open',
      requirements: ['R23.1', 'R23.2'],
    });
    expect(opened('meeting', 4).supervisionCase.deadline).toMatchObject({ lastDay: '2026-10-20', workingDays: 10 });
  });

  it('R23.2 open-case: the supervisor sets the limit within the maxima (5 by system, 10 otherwise)', () => {
    expect(opened('system', 1, '2026-03-02 10:00', { workingDays: 2 }).supervisionCase.deadline).toMatchObject({
      lastDay: '2026-03-04',
      workingDays: 2,
    });
    expect(opened('letter', 5, '2026-03-02 10:00', { workingDays: 10 }).supervisionCase.deadline.workingDays).toBe(10);
    expect(() => opened('system', 4, '2026-03-02 10:00', { workingDays: 6 })).toThrow(
      expect.objectContaining({ requirement: 'R23.2', httpStatus: 422 }),
    );
    expect(() => opened('phone', 4, '2026-03-02 10:00', { workingDays: 11 })).toThrow(RegulationViolationError);
    expect(() => opened('phone', 4, '2026-03-02 10:00', { workingDays: 0 })).toThrow(RegulationViolationError);
  });

  it('R23.1 open-case: triggers 4–8 need their source named', () => {
    expect(opened('phone', 5).supervisionCase.source).toBe('市政府办公室交办');
    expect(() => opened('phone', 5, '2026-03-02 10:00', { source: '  ' })).toThrow(
      expect.objectContaining({ requirement: 'R23.1', httpStatus: 422 }),
    );
  });

  it('R23.1 open-case: the system opens triggers 1–3 only; unknown triggers and methods are refused', () => {
    const system = (trigger: number) =>
      openSupervisionCase(
        { id: 'sc-2', workOrderIds: ['wo-1'], unitIds: [LEAD_UNIT], trigger, method: 'system' },
        { actor: ACTORS.system, now: beijing('2026-03-02 10:00') },
      );
    expect(system(1).supervisionCase.trigger).toBe(1);
    expect(() => system(5)).toThrow(expect.objectContaining({ httpStatus: 422, requirement: 'R23.1' }));
    expect(() => opened('system', 9)).toThrow(RegulationViolationError);
    expect(() => opened('fax', 1)).toThrow(expect.objectContaining({ requirement: 'R23.2' }));
  });

  it('R23.1 open-case: refused for a unit (403)', () => {
    expect(() =>
      openSupervisionCase(
        { id: 'sc-3', workOrderIds: ['wo-1'], unitIds: [], trigger: 1, method: 'phone' },
        { actor: ACTORS.unit, now: new Date() },
      ),
    ).toThrow(RoleNotAllowedError);
  });

  it('R23.1 link-work-orders: a hot spot’s later work orders join its case (trigger 2), once each', () => {
    const hotSpot = openSupervisionCase(
      { id: 'sc-4', workOrderIds: ['wo-1', 'wo-2', 'wo-1'], unitIds: [LEAD_UNIT], trigger: 2, method: 'system' },
      { actor: ACTORS.system, now: beijing('2026-03-02 10:00') },
    ).supervisionCase;
    expect(hotSpot.workOrderIds).toEqual(['wo-1', 'wo-2']);
    const context = { actor: ACTORS.system, now: beijing('2026-03-03 10:00') };
    const linked = applySupervisionCaseCommand(
      hotSpot,
      { event: 'link-work-orders', workOrderIds: ['wo-2', 'wo-3'], unitIds: [OTHER_UNIT] },
      context,
    );
    expect(linked.supervisionCase).toMatchObject({ workOrderIds: ['wo-1', 'wo-2', 'wo-3'], status: 'open' });
    expect(linked.supervisionCase.unitIds).toEqual([LEAD_UNIT, OTHER_UNIT]);
    expect(linked.step.details).toMatchObject({ linked: ['wo-3'] });
  });

  describe('on an open case', () => {
    let open: SupervisionCase;
    beforeEach(() => {
      open = opened('phone', 6).supervisionCase; // 10 working days: last day 2026-10-20
    });
    const act = (
      current: SupervisionCase,
      command: Parameters<typeof applySupervisionCaseCommand>[1],
      actor: keyof typeof ACTORS = 'supervisor',
      at = '2026-10-12 10:00',
    ) => applySupervisionCaseCommand(current, command, { actor: ACTORS[actor], now: beijing(at) });

    it('R23.2 request-case-extension: the unit applies once, at most 10 working days; the supervisor decides', () => {
      const applied = act(open, { event: 'request-case-extension', workingDays: 10, reason: '情况复杂' }, 'unit');
      expect(applied.supervisionCase.extension).toMatchObject({ workingDays: 10, unitId: LEAD_UNIT });
      expect(applied.supervisionCase.deadline.lastDay).toBe('2026-10-20');
      const approved = act(applied.supervisionCase, { event: 'approve-case-extension' });
      expect(approved.supervisionCase.deadline).toMatchObject({ lastDay: '2026-11-03', workingDays: 20 });
      expect(approved.supervisionCase.extensionsGranted).toBe(1);
      expect(() =>
        act(approved.supervisionCase, { event: 'request-case-extension', workingDays: 1, reason: '再延' }, 'unit'),
      ).toThrow(expect.objectContaining({ requirement: 'R23.2', httpStatus: 422 }));
    });

    it('R23.2 request-case-extension: a second application after a refusal is 422 too', () => {
      const applied = act(open, { event: 'request-case-extension', workingDays: 3, reason: '情况复杂' }, 'unit');
      const rejected = act(applied.supervisionCase, { event: 'reject-case-extension', comment: '不符合条件' });
      expect(rejected.supervisionCase.deadline.lastDay).toBe('2026-10-20');
      expect(rejected.supervisionCase.extension).toMatchObject({ decision: 'rejected' });
      expect(() =>
        act(rejected.supervisionCase, { event: 'request-case-extension', workingDays: 3, reason: '再申请' }, 'unit'),
      ).toThrow(expect.objectContaining({ requirement: 'R23.2', httpStatus: 422 }));
      expect(() => act(rejected.supervisionCase, { event: 'approve-case-extension' })).toThrow(StateConflictError);
    });

    it('R23.2 request-case-extension: over 10 working days, without reason or after the limit is 422', () => {
      const ask = (workingDays: number, reason: string, at?: string) =>
        act(open, { event: 'request-case-extension', workingDays, reason }, 'unit', at);
      expect(() => ask(11, '情况复杂')).toThrow(RegulationViolationError);
      expect(() => ask(5, '')).toThrow(RegulationViolationError);
      expect(() => ask(5, '情况复杂', '2026-10-21 00:00')).toThrow(expect.objectContaining({ requirement: 'R23.2' }));
    });

    it('R23.2 a unit acts only on its own cases (403), and only the supervisor decides', () => {
      expect(() => act(open, { event: 'answer-case', answer: '已整改' }, 'otherUnit')).toThrow(AccessDeniedError);
      const applied = act(open, { event: 'request-case-extension', workingDays: 3, reason: '情况复杂' }, 'unit');
      expect(() => act(applied.supervisionCase, { event: 'approve-case-extension' }, 'unit')).toThrow(
        RoleNotAllowedError,
      );
    });

    it('R23.2 answer-case: the unit answers, recorded with whether within the limit', () => {
      const answered = act(open, { event: 'answer-case', answer: '已现场整改' }, 'unit');
      expect(answered.supervisionCase).toMatchObject({ answers: 1, status: 'open' });
      expect(answered.step.details).toMatchObject({ answer: '已现场整改', unitId: LEAD_UNIT, inTime: true });
      expect(() => act(open, { event: 'answer-case', answer: ' ' }, 'unit')).toThrow(RegulationViolationError);
    });

    it('R23.2 resolve-case: records the result and whether in time', () => {
      const { supervisionCase, step } = act(open, { event: 'resolve-case', result: '已整改' });
      expect(supervisionCase).toMatchObject({ status: 'resolved', result: '已整改', version: 2 });
      expect(step.details).toMatchObject({ inTime: true });
      expect(() => act(supervisionCase, { event: 'resolve-case', result: 'again' })).toThrow(IllegalTransitionError);
    });

    it('R23.3 escalate-case: within the limit only with a reason (422 without)', () => {
      expect(() => act(open, { event: 'escalate-case' })).toThrow(
        expect.objectContaining({ requirement: 'R23.3', httpStatus: 422 }),
      );
      const early = act(open, { event: 'escalate-case', reason: '市领导批示' });
      expect(early.supervisionCase.escalation).toMatchObject({ withinLimit: true, reason: '市领导批示' });
    });

    it('R23.3 mark-case-overdue then escalate-case: to the inspection office, then resolvable there', () => {
      expect(() => act(open, { event: 'mark-case-overdue' }, 'system')).toThrow(RegulationViolationError);
      const overdue = act(open, { event: 'mark-case-overdue' }, 'system', '2026-10-21 00:00');
      expect(overdue.supervisionCase.overdueAt).toEqual(beijing('2026-10-21 00:00'));
      expect(() => act(overdue.supervisionCase, { event: 'mark-case-overdue' }, 'system', '2026-10-22 00:00')).toThrow(
        StateConflictError,
      );
      const escalated = act(overdue.supervisionCase, { event: 'escalate-case' }, 'supervisor', '2026-10-21 09:00');
      expect(escalated.step.details).toMatchObject({ to: '市人民政府督查室', withinLimit: false });
      expect(
        act(escalated.supervisionCase, { event: 'resolve-case', result: '督查室督办后解决' }).supervisionCase.status,
      ).toBe('resolved');
      expect(() => act(escalated.supervisionCase, { event: 'escalate-case' })).toThrow(IllegalTransitionError);
    });

    it('R23.2 a case survives its JSON form (jsonb column)', () => {
      const applied = act(
        open,
        { event: 'request-case-extension', workingDays: 3, reason: '2026-10-12T02:00:00.000Z' },
        'unit',
      );
      const approved = act(applied.supervisionCase, { event: 'approve-case-extension' }).supervisionCase;
      expect(supervisionCaseFromJson(supervisionCaseToJson(approved))).toEqual(approved);
    });

    it.each(
      SUPERVISION_CASE_TRANSITIONS.filter((t) => t.from.length > 0 && !t.roles.includes('unit')).map((t) => [
        t.requirements.join(' '),
        t.event,
      ]),
    )('%s %s: refused for a unit (403)', (_ids, event) => {
      const command = { event, workingDays: 1, reason: 'r', result: 'r', workOrderIds: [], unitIds: [] } as never;
      expect(() => act(open, command, 'unit')).toThrow(RoleNotAllowedError);
    });
  });

  it('R23.1 the system detects trigger 1 when the handling limit has passed unfinished', () => {
    const built = workOrderIn('handling');
    const due = built.order.deadlines.handling!.due;
    expect(detectSupervisionTriggers(built.order, new Date(due.getTime() - 1))).toEqual([]);
    expect(detectSupervisionTriggers(built.order, due)).toEqual([1]);
    const done = workOrderIn('closed');
    expect(detectSupervisionTriggers(done.order, later(done.now, 24 * 30))).toEqual([]);
  });
});
