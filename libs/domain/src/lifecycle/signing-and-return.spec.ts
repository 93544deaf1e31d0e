import { ACTORS, beijing, LEAD_UNIT, OTHER_UNIT, workOrderIn } from '../../test/work-order-fixtures';
import { RegulationViolationError } from '../errors/domain-error';
import { applyWorkOrderCommand } from './apply-work-order-command';
import type { WorkOrder } from './work-order';
import type { WorkOrderCommand } from './work-order-commands';

const dispatched = () => workOrderIn('dispatched').order; // dispatched Monday 2026-03-02 11:00, sign due 03-03 24:00
const act = (order: WorkOrder, actor: keyof typeof ACTORS, command: WorkOrderCommand, at: string) =>
  applyWorkOrderCommand(order, command, { actor: ACTORS[actor], now: beijing(at) });
const returnCommand: WorkOrderCommand = { event: 'request-return', reason: '不属本单位职责', basis: '机构职能规定' };

describe('signing (R16.1)', () => {
  it('R16.1 signing starts the return window (2 working days) and the handling limit (5 for a complaint)', () => {
    const { order, step } = act(dispatched(), 'unit', { event: 'sign' }, '2026-03-02 12:00');
    expect(order.signing).toEqual({ signedAt: beijing('2026-03-02 12:00'), deemed: false, late: false });
    expect(order.deadlines.returnWindow?.lastDay).toBe('2026-03-04');
    expect(order.deadlines.handling?.lastDay).toBe('2026-03-09');
    expect(step.details).toMatchObject({ late: false });
  });

  it('R17.1 a consultation gets 3 working days from signing', () => {
    const built = workOrderIn('dispatched', { type: 'consultation' });
    const { order } = act(built.order, 'unit', { event: 'sign' }, '2026-03-02 12:00');
    expect(order.deadlines.handling?.lastDay).toBe('2026-03-05');
  });

  it('R16.1 a signature after the working day is recorded as late', () => {
    const { order } = act(dispatched(), 'unit', { event: 'sign' }, '2026-03-04 09:00');
    expect(order.signing?.late).toBe(true);
  });

  it('R16.1 the system cannot deem it signed while the unit may still sign', () => {
    const attempt = () => act(dispatched(), 'system', { event: 'deem-signed' }, '2026-03-03 23:59');
    expect(attempt).toThrow(RegulationViolationError);
    expect(attempt).toThrow(expect.objectContaining({ requirement: 'R16.1', httpStatus: 422 }));
  });

  it('R16.2 not signed in time: deemed signed at the end of the limit, limits count from its last day', () => {
    const { order } = act(dispatched(), 'system', { event: 'deem-signed' }, '2026-03-06 09:00');
    expect(order.signing).toEqual({ signedAt: beijing('2026-03-04 00:00'), deemed: true, late: true });
    expect(order.deadlines.returnWindow?.lastDay).toBe('2026-03-05');
    expect(order.deadlines.handling?.lastDay).toBe('2026-03-10');
  });
});

describe('returns (R16.2, R16.3)', () => {
  const signed = () => act(dispatched(), 'unit', { event: 'sign' }, '2026-03-02 12:00').order;

  it('R16.2 a return asked within 2 working days after signing goes to review', () => {
    const { order } = act(signed(), 'unit', returnCommand, '2026-03-04 23:59');
    expect(order.status).toBe('return-requested');
    expect(order.returnRequest).toMatchObject({ reason: '不属本单位职责', basis: '机构职能规定' });
  });

  it('R16.2 a return after the window is refused and the work order counts as signed', () => {
    const order = signed();
    const attempt = () => act(order, 'unit', returnCommand, '2026-03-05 00:00');
    expect(attempt).toThrow(RegulationViolationError);
    expect(attempt).toThrow(
      expect.objectContaining({
        httpStatus: 422,
        requirement: 'R16.2',
        details: expect.objectContaining({ countsAsSigned: true }),
      }),
    );
    expect(attempt).toThrow(/视为签收/);
    expect(order.status).toBe('handling');
  });

  it('R16.2 the return window skips the National Day holidays of 2026 (国办发明电〔2025〕7号)', () => {
    const built = workOrderIn('dispatched', { start: beijing('2026-09-30 07:00') });
    const order = act(built.order, 'unit', { event: 'sign' }, '2026-09-30 10:00').order;
    expect(order.deadlines.returnWindow?.display).toBe('2026-10-09 24:00 北京时间 (UTC+8)');
    expect(act(order, 'unit', returnCommand, '2026-10-09 17:00').order.status).toBe('return-requested');
    expect(() => act(order, 'unit', returnCommand, '2026-10-10 09:00')).toThrow(
      expect.objectContaining({ requirement: 'R16.2' }),
    );
  });

  it('R16.2 a return needs a reason and a basis', () => {
    expect(() =>
      act(signed(), 'unit', { ...returnCommand, basis: '' } as WorkOrderCommand, '2026-03-03 09:00'),
    ).toThrow(expect.objectContaining({ requirement: 'R16.2' }));
  });

  it('R16.3 approved: duty is re-determined, and after re-dispatch the limits count from the new signing', () => {
    const requested = act(signed(), 'unit', returnCommand, '2026-03-03 09:00').order;
    const approved = act(requested, 'reviewer', { event: 'approve-return' }, '2026-03-03 15:00');
    expect(approved.order).toMatchObject({ status: 'awaiting-dispatch', deadlines: {}, extensionsGranted: 0 });
    expect(approved.order.assignment).toBeUndefined();
    expect(approved.step.details).toMatchObject({ previousLeadUnitId: LEAD_UNIT });

    const redispatched = act(
      approved.order,
      'operator',
      { event: 'dispatch', leadUnitId: OTHER_UNIT },
      '2026-03-04 09:00',
    );
    expect(redispatched.step.details).toMatchObject({ redispatch: true });
    expect(redispatched.order.deadlines.sign?.lastDay).toBe('2026-03-05');
    expect(() => act(redispatched.order, 'unit', { event: 'sign' }, '2026-03-04 10:00')).toThrow(/not the lead unit/);

    const resigned = act(redispatched.order, 'otherUnit', { event: 'sign' }, '2026-03-05 16:00').order;
    expect(resigned.deadlines.returnWindow?.lastDay).toBe('2026-03-09');
    expect(resigned.deadlines.handling?.lastDay).toBe('2026-03-12');
    expect(resigned.dispatchCount).toBe(2);
  });

  it('R16.3 rejected: the unit goes on under its original limit, and cannot ask again', () => {
    const before = signed();
    const requested = act(before, 'unit', returnCommand, '2026-03-03 09:00').order;
    const rejected = act(requested, 'reviewer', { event: 'reject-return' }, '2026-03-03 15:00').order;
    expect(rejected.status).toBe('handling');
    expect(rejected.deadlines.handling).toEqual(before.deadlines.handling);
    expect(() => act(rejected, 'unit', returnCommand, '2026-03-04 09:00')).toThrow(
      expect.objectContaining({ requirement: 'R16.3' }),
    );
  });
});
