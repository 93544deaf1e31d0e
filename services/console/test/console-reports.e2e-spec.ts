// The monthly statistics and the assessment (Art. 24, 25) in Debian's Chromium against the built platform: a month
// still running, its figures as the API computes them, unit names, charts, the CSV for Excel and the printable 通报.
import { bearer, eventually, Json, platformSuite, UnitStaff, workOrderRequests } from '@hotline/testing';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { consoleBrowser } from './support/browser';

const LEAD: UnitStaff = { id: 'xt-cgj', token: bearer(['unit'], 'cgj-li', 'xt-cgj') };
const LEAD_NAME = '市城市管理和综合执法局';
const SUPERVISOR = bearer(['supervisor'], 'sv-1');
const REVIEWER = bearer(['reviewer'], 'rv-1');

describe('reports in the web console (built services, Chromium)', () => {
  const suite = platformSuite('console-reports');
  const { signIn: signInAs, outside } = consoleBrowser(() => suite.platform.gatewayUrl);

  const signIn = (roles: string[]): Promise<Page> => signInAs({ roles, sub: 'sv-liu' });

  /** Three complaints to the lead unit this month: one completed and called back satisfied, two still in handling. */
  async function aMonthOfWork(): Promise<string> {
    const orders = workOrderRequests({ call: suite.call, step: suite.step }, bearer(['operator'], 'op-1'));
    const ids: string[] = [];
    for (const content of ['城正街路灯不亮', '建设路口垃圾未清运', '韶山路占道经营'])
      ids.push(await orders.signedBy(LEAD, { content, category: '市容环境' }));
    const wo = `/api/v1/work-orders/${ids[0]!}`;
    const reply = await suite.step(
      `${wo}/replies`,
      LEAD.token,
      {
        handledBy: '市城管局 李明',
        handledAt: new Date().toISOString(),
        process: '现场检修',
        result: '已修复',
        callerContacted: true,
        contactMethod: 'phone',
        outcome: 'solved',
      },
      201,
    );
    await suite.step(`${wo}/replies/${reply.id as string}/review`, REVIEWER, { pass: true }, 200);
    await suite.step(`${wo}/callbacks`, REVIEWER, { satisfaction: 'satisfied', contacted: true }, 200);
    const month = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 7);
    await eventually(
      () => suite.call('GET', `/api/v1/reports/monthly?month=${month}`, SUPERVISOR).then((a) => a.body as Json),
      (report) => report.city?.counts?.received === 3 && report.city?.counts?.callbacks === 1,
      30_000,
    );
    return month;
  }

  it('R24.1 R25.1 a supervisor reads the running month: figures, unit names, charts, the red list, the CSV and the 通报; and the assessment with each score’s breakdown', async () => {
    const month = await aMonthOfWork();
    const page = await signIn(['supervisor']);
    await page.getByRole('menuitem', { name: '统计通报' }).click();
    await page.getByTestId('report-state').filter({ hasText: '统计中' }).waitFor();
    const headline = page.getByTestId('report-headline');
    await headline.getByText('受理量').waitFor();
    const figure = (title: string) =>
      headline.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content').innerText();
    expect(await figure('受理量')).toBe('3');
    expect(await figure('办结量')).toBe('1');
    expect(await figure('满意率')).toBe('100.0%');
    for (const chart of ['trend-chart', 'ranking-chart', 'type-chart', 'district-chart'])
      expect(await page.getByTestId(chart).locator('canvas').count()).toBeGreaterThan(0);
    await page.getByTestId('unit-figures').getByText(LEAD_NAME).waitFor();
    await page.getByTestId('red-list').getByText(LEAD_NAME).waitFor();
    expect(await page.getByTestId('unit-figures').getByText('全市').count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-csv').click()]);
    expect(download.suggestedFilename()).toContain(month);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('受理量');

    const [printable] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByTestId('report-html').click(),
    ]);
    await printable.waitForLoadState();
    expect(await printable.locator('body').innerText()).toMatch(/通报/);
    await printable.close();

    await page.getByTestId('tab-assessment').click();
    const assessment = page.getByTestId('assessment');
    await assessment.getByText(LEAD_NAME).waitFor();
    await assessment.locator('tr').filter({ hasText: LEAD_NAME }).locator('.ant-table-row-expand-icon').click();
    const breakdown = page.getByTestId(`breakdown-${LEAD.id}`);
    await breakdown.waitFor();
    expect(await breakdown.locator('tbody tr').count()).toBeGreaterThan(1);

    await page.context().close();
    expect(outside).toEqual([]);
  }, 240_000);
});
