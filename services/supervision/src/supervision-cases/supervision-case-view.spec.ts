import { openSupervisionCase, applySupervisionCaseCommand } from '@hotline/domain';
import { toSupervisionCaseView } from './supervision-case-view';

const beijing = (text: string) => new Date(`${text.replace(' ', 'T')}:00+08:00`);

describe('supervision case view and paging (R23)', () => {
  const opened = openSupervisionCase(
    {
      id: '0190f3c2-0000-7000-8000-000000000001',
      workOrderIds: ['0190f3c2-0000-7000-8000-0000000000aa'],
      unitIds: ['xt-cgj'],
      trigger: 5,
      method: 'phone',
      source: '湘潭日报',
      workingDays: 3,
    },
    { actor: { role: 'supervisor', id: 'sv-1' }, now: beijing('2026-03-02 10:00') },
  ).supervisionCase;

  it('R23.2 shows the limit in Beijing time, the trigger and method by name, overdue while open past it', () => {
    const view = toSupervisionCaseView({ supervisionCase: opened, openedBy: 'sv-1' }, beijing('2026-03-05 09:00'));
    expect(view).toMatchObject({
      trigger: 5,
      triggerText: '新闻媒体曝光的事项',
      method: 'phone',
      methodText: '电话催办',
      source: '湘潭日报',
      openedAt: '2026-03-02T10:00:00+08:00',
      deadline: { lastDay: '2026-03-05', workingDays: 3, due: '2026-03-06T00:00:00+08:00' },
      overdue: false,
    });
    expect(
      toSupervisionCaseView({ supervisionCase: opened, openedBy: 'sv-1' }, beijing('2026-03-06 00:00')).overdue,
    ).toBe(true);
  });

  it('R23.3 shows the escalation, and an escalated case is no longer overdue', () => {
    const escalated = applySupervisionCaseCommand(
      opened,
      { event: 'escalate-case' },
      { actor: { role: 'supervisor', id: 'sv-1' }, now: beijing('2026-03-06 09:00') },
    ).supervisionCase;
    const view = toSupervisionCaseView({ supervisionCase: escalated, openedBy: 'sv-1' }, beijing('2026-03-06 09:00'));
    expect(view).toMatchObject({
      status: 'escalated',
      overdue: false,
      escalation: { to: '市人民政府督查室', withinLimit: false, at: '2026-03-06T09:00:00+08:00' },
    });
  });
});
