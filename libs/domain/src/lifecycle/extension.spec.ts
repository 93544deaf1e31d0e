import { ACTORS, beijing, workOrderIn } from '../../test/work-order-fixtures';
import { IllegalTransitionError, RegulationViolationError } from '../errors/domain-error';
import { TimeLimitPolicy } from '../time-limits/time-limit-policy';
import { applyWorkOrderCommand, type WorkOrderContext } from './apply-work-order-command';
import type { WorkOrder } from './work-order';
import type { WorkOrderCommand } from './work-order-commands';

// Signed Monday 2026-03-02 12:00: a complaint's handling limit ends 2026-03-09 24:00.
const handling = () => workOrderIn('handling').order;
const act = (
  order: WorkOrder,
  actor: keyof typeof ACTORS,
  command: WorkOrderCommand,
  at: string,
  extra: Partial<WorkOrderContext> = {},
) => applyWorkOrderCommand(order, command, { ...extra, actor: ACTORS[actor], now: beijing(at) });
const ask = (workingDays: number): WorkOrderCommand => ({
  event: 'request-extension',
  workingDays,
  reason: '涉及多部门',
});

describe('extensions (R17.2)', () => {
  it('R17.2 approved: the limit runs on after its last day and the unit must tell the caller', () => {
    const requested = act(handling(), 'unit', ask(5), '2026-03-09 17:00').order;
    const { order, step } = act(requested, 'reviewer', { event: 'approve-extension' }, '2026-03-10 09:00');
    expect(order.status).toBe('handling');
    expect(order.deadlines.handling).toMatchObject({
      lastDay: '2026-03-16',
      workingDays: 10,
      extension: { workingDays: 5 },
    });
    expect(order.extensionsGranted).toBe(1);
    expect(step.details).toMatchObject({ unitMustTellCaller: true });
  });

  it('R17.2 rejected: the original deadline stands', () => {
    const before = handling();
    const requested = act(before, 'unit', ask(3), '2026-03-05 10:00').order;
    const { order } = act(requested, 'reviewer', { event: 'reject-extension' }, '2026-03-05 15:00');
    expect(order.deadlines.handling).toEqual(before.deadlines.handling);
    expect(order.extension?.decision).toBe('rejected');
  });

  it('R17.2 a second extension is refused', () => {
    const requested = act(handling(), 'unit', ask(2), '2026-03-05 10:00').order;
    const extended = act(requested, 'reviewer', { event: 'approve-extension' }, '2026-03-05 15:00').order;
    const attempt = () => act(extended, 'unit', ask(1), '2026-03-06 10:00');
    expect(attempt).toThrow(RegulationViolationError);
    expect(attempt).toThrow(expect.objectContaining({ httpStatus: 422, requirement: 'R17.2' }));
  });

  it('R17.2 after a refusal the unit may still ask once, before the deadline', () => {
    const requested = act(handling(), 'unit', ask(3), '2026-03-05 10:00').order;
    const rejected = act(requested, 'reviewer', { event: 'reject-extension' }, '2026-03-05 15:00').order;
    expect(act(rejected, 'unit', ask(2), '2026-03-06 10:00').order.status).toBe('extension-requested');
  });

  it('R17.2 an extension is asked before the deadline, not at or after it', () => {
    expect(act(handling(), 'unit', ask(1), '2026-03-09 23:59').order.status).toBe('extension-requested');
    expect(() => act(handling(), 'unit', ask(1), '2026-03-10 00:00')).toThrow(
      expect.objectContaining({ requirement: 'R17.2' }),
    );
  });

  it.each([0, 6, 2.5])('R17.2 refuses an extension of %p working days', (days) => {
    expect(() => act(handling(), 'unit', ask(days), '2026-03-04 10:00')).toThrow(
      expect.objectContaining({ requirement: 'R17.2' }),
    );
  });

  it('R17.2 refuses an extension without a reason', () => {
    const command = { event: 'request-extension', workingDays: 2, reason: '' } as WorkOrderCommand;
    expect(() => act(handling(), 'unit', command, '2026-03-04 10:00')).toThrow(
      expect.objectContaining({ requirement: 'R17.2' }),
    );
  });

  it('R17.2 a deployment may allow no extension at all, but never two (HOTLINE_TIME_LIMITS only shortens)', () => {
    const policy = TimeLimitPolicy.withOverrides({ 'extension-count': 0 });
    expect(() => act(handling(), 'unit', ask(1), '2026-03-04 10:00', { policy })).toThrow(
      expect.objectContaining({ requirement: 'R17.2' }),
    );
    expect(() => TimeLimitPolicy.withOverrides({ 'extension-count': 2 })).toThrow(
      /extension-count: 2 times is more than the regulation allows/,
    );
  });

  it('R20.2 re-handling has no extension step (409)', () => {
    const { order } = workOrderIn('rehandling');
    expect(() => act(order, 'unit', ask(1), '2026-03-03 10:00')).toThrow(IllegalTransitionError);
  });
});
