// Supervision (督办, Art. 23) in Debian's Chromium against the built platform: the supervisor opens a case on a
// unit's work order, the unit answers it and applies for an extension, the supervisor decides, escalates and closes.
import { bearer, platformSuite, UnitStaff, workOrderRequests } from '@hotline/testing';
import type { Page } from 'playwright-core';
import { choose, clickUntilSent, consoleBrowser } from './support/browser';

const LEAD: UnitStaff = { id: 'xt-cgj', token: bearer(['unit'], 'cgj-li', 'xt-cgj') };
const MATTER = '建设路口垃圾堆放多日无人清运，气味难闻';

describe('supervision cases in the web console (built services, Chromium)', () => {
  const suite = platformSuite('console-supervision');
  const { signIn, outside } = consoleBrowser(() => suite.platform.gatewayUrl);

  /** Fills the open form and submits it; answers the refusal shown, or '' once the form has closed. */
  async function submit(page: Page, fill: Record<string, string | { choose: string }>): Promise<string> {
    for (const [field, value] of Object.entries(fill)) {
      if (typeof value === 'string') await page.getByTestId(`field-${field}`).fill(value);
      else await choose(page, `field-${field}`, value.choose);
    }
    // the form clears its last refusal before it sends: the answer decides what to wait for
    const answer = await clickUntilSent(
      page,
      page.getByTestId('step-submit'),
      (request) => request.method() === 'POST',
    );
    if (answer.ok()) {
      await page.locator('.ant-modal:visible').waitFor({ state: 'detached' });
      return '';
    }
    await page.getByTestId('step-error').waitFor();
    return page.getByTestId('step-error').innerText();
  }

  const cancel = (page: Page) =>
    page
      .locator('.ant-modal:visible')
      .getByRole('button', { name: /取\s*消/ })
      .click();
  const drawer = (page: Page) => page.getByTestId('case-drawer');

  it('R23.1 R23.2 R23.3 a supervisor opens a case on an order; the unit answers and asks for an extension; the supervisor approves it, escalates and closes', async () => {
    const client = { call: suite.call, step: suite.step };
    const workOrderId = await workOrderRequests(client, bearer(['operator'], 'op-1')).signedBy(LEAD, {
      content: MATTER,
      location: { district: '岳塘区', address: '建设路口' },
    });

    // The supervisor opens the order and supervises it: trigger 5 needs its source, and a phone case at most 10 days.
    const supervisor = await signIn({ roles: ['supervisor'], sub: 'sv-liu' });
    await supervisor.goto(`${suite.platform.gatewayUrl}/console/orders/${workOrderId}`);
    await supervisor.getByTestId('order-matter').filter({ hasText: MATTER }).waitFor();
    await supervisor.getByTestId('open-case').click();
    const noSource = await submit(supervisor, {
      trigger: { choose: '5 新闻媒体曝光的事项' },
      method: { choose: '电话催办' },
      workingDays: '12',
    });
    expect(noSource).toMatch(/422/);
    expect(noSource).toMatch(/R23/);
    const tooLong = await submit(supervisor, { source: '湘潭日报 12月1日 报道' });
    expect(tooLong).toMatch(/422/);
    expect(await submit(supervisor, { workingDays: '8' })).toBe('');
    const orderCases = supervisor.getByTestId('order-cases');
    await orderCases.getByText('新闻媒体曝光的事项').waitFor();
    expect(await orderCases.innerText()).toContain('督办中');

    // The unit finds it among its cases; 11 days is over R23.2's maximum, and the form says so.
    const unit = await signIn({ roles: ['unit'], unitId: LEAD.id, sub: 'cgj-li' });
    await unit.goto(`${suite.platform.gatewayUrl}/console/unit/cases`);
    await unit.getByTestId('unit-cases').getByText('新闻媒体曝光的事项').waitFor();
    await unit
      .getByTestId('unit-cases')
      .getByRole('button', { name: /办\s*理/ })
      .first()
      .click();
    await drawer(unit).getByText('湘潭日报 12月1日 报道', { exact: true }).waitFor();
    await unit.getByTestId('case-extension').click();
    const overMaximum = await submit(unit, { workingDays: '11', reason: '需协调环卫公司增加清运车辆' });
    expect(overMaximum).toMatch(/R23\.2/);
    expect(await submit(unit, { workingDays: '3' })).toBe('');
    await drawer(unit).getByTestId('case-extension-request').filter({ hasText: '待审核' }).waitFor();
    await unit.getByTestId('case-answer').click();
    expect(await submit(unit, { answer: '已安排两台清运车，当日清理完毕' })).toBe('');
    await drawer(unit).getByTestId('case-steps').getByText('已安排两台清运车，当日清理完毕').waitFor();
    // one application only: the button is gone once applied
    expect(await unit.getByTestId('case-extension').count()).toBe(0);

    // The supervisor's list shows the application waiting; the drawer decides it, then escalates and closes.
    await supervisor.goto(`${suite.platform.gatewayUrl}/console/supervisor?tab=cases&status=open`);
    const cases = supervisor.getByTestId('cases');
    await cases.getByText('延期待审').waitFor();
    await cases
      .getByRole('button', { name: /办\s*理/ })
      .first()
      .click();
    const before = await drawer(supervisor).getByTestId('case-deadline').innerText();
    await supervisor.getByTestId('case-decision').click();
    expect(await submit(supervisor, { approve: { choose: '同意延期' }, comment: '同意，抓紧清运' })).toBe('');
    await drawer(supervisor).getByTestId('case-extension-request').filter({ hasText: '已同意' }).waitFor();
    await drawer(supervisor).getByText('已延 3 个').waitFor();
    expect(await drawer(supervisor).getByTestId('case-deadline').innerText()).not.toBe(before);
    await drawer(supervisor).getByTestId('case-steps').getByText('已安排两台清运车，当日清理完毕').waitFor();

    await supervisor.getByTestId('case-escalate').click();
    const withinLimit = await submit(supervisor, {});
    expect(withinLimit).toMatch(/R23\.3/);
    expect(await submit(supervisor, { reason: '媒体持续关注，提请督查室跟进' })).toBe('');
    await drawer(supervisor).getByTestId('case-status').filter({ hasText: '已呈报市人民政府督查室' }).waitFor();
    await drawer(supervisor)
      .getByText(/时限内：媒体持续关注/)
      .waitFor();
    await supervisor.getByTestId('case-close').click();
    await cancel(supervisor);
    await supervisor.getByTestId('case-close').click();
    expect(await submit(supervisor, { result: '垃圾已清运，建立每日巡查机制' })).toBe('');
    await drawer(supervisor).getByTestId('case-status').filter({ hasText: '督办办结' }).waitFor();
    expect(
      await drawer(supervisor)
        .getByRole('button')
        .filter({ hasText: /督办办结|呈报督查室/ })
        .count(),
    ).toBe(0);

    // The unit's open cases no longer hold it; its work order's page shows the case closed.
    await unit.reload();
    await unit.getByTestId('unit-cases').locator('.ant-empty-description').filter({ hasText: '暂无数据' }).waitFor();
    await unit.goto(`${suite.platform.gatewayUrl}/console/orders/${workOrderId}`);
    await unit.getByTestId('order-cases').getByText('督办办结').waitFor();

    for (const page of [unit, supervisor]) await page.context().close();
    expect(outside).toEqual([]);
  }, 240_000);
});
