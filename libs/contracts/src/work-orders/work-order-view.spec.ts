import { applyWorkOrderCommand, createWorkOrder, WorkOrder } from '@hotline/domain';
import { toWorkOrderView } from './work-order-view';

const at = (text: string) => new Date(`${text.replace(' ', 'T')}:00+08:00`);

function signedComplaint(): WorkOrder {
  const operator = { role: 'operator' as const, id: 'op-1' };
  let order = createWorkOrder(
    { id: 'wo-1', type: 'complaint', channel: 'phone' },
    { actor: operator, now: at('2026-09-30 09:00') },
  ).order;
  order = applyWorkOrderCommand(
    order,
    { event: 'accept-for-dispatch' },
    { actor: operator, now: at('2026-09-30 09:05') },
  ).order;
  order = applyWorkOrderCommand(
    order,
    { event: 'dispatch', leadUnitId: 'u-lead', coUnitIds: ['u-co'] },
    { actor: operator, now: at('2026-09-30 10:00') },
  ).order;
  return applyWorkOrderCommand(
    order,
    { event: 'sign' },
    { actor: { role: 'unit', id: 'h-1', unitId: 'u-lead' }, now: at('2026-10-08 09:00') },
  ).order;
}

describe('work-order view (api.md)', () => {
  it('R17.1 shows every deadline in Beijing time and the units, with the steps the viewer may take', () => {
    const view = toWorkOrderView(signedComplaint(), {
      number: 'XT20260930000001',
      viewer: { kind: 'user', id: 'h-1', role: 'unit', unitId: 'u-lead' },
    });
    expect(view).toMatchObject({
      id: 'wo-1',
      number: 'XT20260930000001',
      status: 'handling',
      statusName: '办理中',
      leadUnitId: 'u-lead',
      coUnitIds: ['u-co'],
    });
    expect(view.deadlines.sign?.lastDay).toBe('2026-10-08');
    // 5 working days after 10-08: 10-09, the make-up Saturday 10-10 (国办发明电〔2025〕7号), 10-12, 10-13, 10-14
    expect(view.deadlines.handling?.due).toBe('2026-10-15T00:00:00+08:00');
    expect(view.nextSteps).toEqual(expect.arrayContaining(['request-return', 'request-extension', 'submit-reply']));
    expect(view.signing).toEqual({ signedAt: '2026-10-08T01:00:00.000Z', deemed: false, late: false });
  });

  it('offers a co unit no step on the lead unit’s work order', () => {
    const view = toWorkOrderView(signedComplaint(), {
      viewer: { kind: 'user', id: 'h-2', role: 'unit', unitId: 'u-co' },
    });
    expect(view.nextSteps).toEqual([]);
  });
});
