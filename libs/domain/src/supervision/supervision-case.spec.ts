import { ACTORS, beijing, later, workOrderIn } from '../../test/work-order-fixtures';
import { IllegalTransitionError, RegulationViolationError, RoleNotAllowedError } from '../errors/domain-error';
import { applySupervisionCaseCommand, openSupervisionCase, type SupervisionCase } from './supervision-case';
import { SUPERVISION_CASE_TRANSITIONS } from './supervision-case-transitions';
import { detectSupervisionTriggers } from './system-triggers';

const opened = (method = 'system', trigger = 1, at = '2026-09-30 10:00') =>
  openSupervisionCase(
    { id: 'sc-1', workOrderId: 'wo-1', trigger, method },
    { actor: ACTORS.supervisor, now: beijing(at) },
  );

describe('supervision cases (R23)', () => {
  it('R23.1 R23.2 open-case: system supervision has 5 working days, other methods 10', () => {
    const bySystem = opened('system');
    expect(bySystem.supervisionCase).toMatchObject({
      status: 'open',
      workOrderId: 'wo-1',
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

  it('R23.1 open-case: the system opens triggers 1–3 only; unknown triggers and methods are refused', () => {
    const system = (trigger: number) =>
      openSupervisionCase(
        { id: 'sc-2', workOrderId: 'wo-1', trigger, method: 'system' },
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
        { id: 'sc-3', workOrderId: 'wo-1', trigger: 1, method: 'phone' },
        { actor: ACTORS.unit, now: new Date() },
      ),
    ).toThrow(RoleNotAllowedError);
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
    ) => applySupervisionCaseCommand(current, command, { actor: ACTORS[actor], now: beijing('2026-10-12 10:00') });

    it('R23.2 extend-case: once, by at most 10 working days', () => {
      const extended = act(open, { event: 'extend-case', workingDays: 10, reason: '情况复杂' }).supervisionCase;
      expect(extended.deadline).toMatchObject({ lastDay: '2026-11-03', workingDays: 20 });
      expect(() => act(extended, { event: 'extend-case', workingDays: 1, reason: '再延' })).toThrow(
        expect.objectContaining({ requirement: 'R23.2', httpStatus: 422 }),
      );
      expect(() => act(open, { event: 'extend-case', workingDays: 11, reason: '情况复杂' })).toThrow(
        RegulationViolationError,
      );
      expect(() => act(open, { event: 'extend-case', workingDays: 5, reason: '' })).toThrow(RegulationViolationError);
    });

    it('R23.2 resolve-case: records the result and whether in time', () => {
      const { supervisionCase, step } = act(open, { event: 'resolve-case', result: '已整改' });
      expect(supervisionCase).toMatchObject({ status: 'resolved', result: '已整改', version: 2 });
      expect(step.details).toMatchObject({ inTime: true });
      expect(() => act(supervisionCase, { event: 'resolve-case', result: 'again' })).toThrow(IllegalTransitionError);
    });

    it('R23.3 escalate-case: to the inspection office, then resolvable there', () => {
      const escalated = act(open, { event: 'escalate-case' });
      expect(escalated.step.details).toMatchObject({ to: '市人民政府督查室' });
      expect(
        act(escalated.supervisionCase, { event: 'resolve-case', result: '督查室督办后解决' }).supervisionCase.status,
      ).toBe('resolved');
      expect(() => act(escalated.supervisionCase, { event: 'escalate-case' })).toThrow(IllegalTransitionError);
    });

    it.each(
      SUPERVISION_CASE_TRANSITIONS.filter((t) => t.from.length > 0).map((t) => [t.requirements.join(' '), t.event]),
    )('%s %s: refused for a unit (403)', (_ids, event) => {
      const command = { event, workingDays: 1, reason: 'r', result: 'r' } as never;
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
