// The supervisor's registers in Debian's Chromium against the built platform: the duty roster (Art. 11), the
// accountability register (Art. 26), hot spots (R23.1 trigger 2) and callers flagged for misuse (Art. 27), with the
// data the screens are not about set up over HTTP. The services' clock stands in March 2026 (moved by the test).
import {
  bearer,
  beijingTime,
  eventually,
  gatewayClient,
  Json,
  platformSuite,
  workOrderRequests,
} from '@hotline/testing';
import type { Page } from 'playwright-core';
import { choose, clickUntilSent, consoleBrowser } from './support/browser';

const LEAD = 'xt-yuhu';
const LAMPS = { district: '雨湖区', street: '城正街街道', category: '路灯' };
const HOT_SPOT_COMPLAINTS = 6;
const CALLER_PHONE = '13907325566';

describe('the supervisor’s registers in a real browser (built services, Chromium)', () => {
  const suite = platformSuite('console-registers', {
    // a hot spot: 5 complaints in 24 h and 3 times the same hours of the week before (known from the first request)
    env: {
      HOTLINE_HOT_SPOT_SWEEP_MS: '300',
      HOTLINE_HOT_SPOT_MIN_COUNT: '5',
      HOTLINE_HOT_SPOT_RATIO: '3',
      HOTLINE_HOT_SPOT_WINDOW_HOURS: '24',
      HOTLINE_HOT_SPOT_BASELINE_WEEKS: '1',
    },
    startAt: beijingTime('2026-03-02 09:00'),
    // what these screens read and write; callbacks and linkage are not started, to save the machine's time
    backends: ['intake', 'dispatch', 'handling', 'supervision', 'knowledge'],
  });
  const { signIn, outside } = consoleBrowser(() => suite.platform.gatewayUrl);
  const client = gatewayClient(() => suite.platform.gatewayUrl);
  const OPERATOR = bearer(['operator'], 'op-setup');
  const SUPERVISOR = bearer(['supervisor'], 'sv-setup');
  const at = suite.at;
  let refusedOrder: string;
  let lampOrders: string[];

  beforeAll(async () => {
    const orders = workOrderRequests(client, OPERATOR);
    await orders.record({ type: 'consultation', content: '公积金提取需要什么材料', caller: { anonymous: true } });

    // Art. 26(1): the unit asks to return an order of its own duty and the reviewer refuses
    at('2026-03-05 09:00');
    const unit = { id: LEAD, token: bearer(['unit'], `staff-of-${LEAD}`, LEAD) };
    refusedOrder = await orders.signedBy(unit, { content: '韶山西路人行道垃圾无人清扫', category: '环境卫生' });
    at('2026-03-05 10:00');
    const path = `/api/v1/work-orders/${refusedOrder}/returns`;
    const asked = await client.step(path, unit.token, { reason: '不属于本单位职责', basis: '三定方案' }, 201);
    at('2026-03-05 11:00');
    await client.step(
      `${path}/${String(asked.id)}/decision`,
      bearer(['reviewer'], 'rv-zhang'),
      { approve: false, comment: '属于属地管理职责' },
      200,
    );

    // R23.1 trigger 2: a morning of lamp complaints about one street, none the week before
    at('2026-03-10 10:00');
    lampOrders = [];
    for (let n = 0; n < HOT_SPOT_COMPLAINTS; n++)
      lampOrders.push(
        await orders.recorded({
          caller: { anonymous: true },
          content: `城正街路灯不亮第${n + 1}次反映`,
          category: LAMPS.category,
          location: { district: LAMPS.district, street: LAMPS.street },
        }),
      );
    at('2026-03-10 12:00');
  }, 300_000);

  // one supervisor signed in for every screen (signing in costs seconds on a busy machine)
  let supervisorPage: Page | undefined;
  const supervisorAt = async (query: string) => {
    supervisorPage ??= await signIn({ roles: ['supervisor'], sub: 'sv-li' });
    await supervisorPage.goto(`${suite.platform.gatewayUrl}/console/supervisor?${query}`);
    return supervisorPage;
  };

  it('R11.1 schedules a leader’s answering slot and a unit head’s rotation; a leader overlapping the slot is refused', async () => {
    const page = await supervisorAt('tab=rosters&dutyFrom=2026-11-01&dutyTo=2026-11-30');
    const list = page.getByTestId('roster-list');
    await page.getByTestId('roster-date').fill('2026-11-05');
    await page.getByTestId('roster-person').fill('副市长 赵某');
    await page.getByTestId('roster-from').fill('14:00');
    await page.getByTestId('roster-until').fill('16:00');
    await page.getByTestId('roster-submit').click();
    await page.getByTestId('roster-scheduled').filter({ hasText: '副市长 赵某' }).waitFor();
    await list.locator('tr', { hasText: '副市长 赵某' }).filter({ hasText: '14:00–16:00' }).waitFor();

    await page.getByTestId('roster-kind').getByText('部门负责人轮值日').click();
    await page.getByTestId('roster-date').fill('2026-11-05');
    await page.getByTestId('roster-person').fill('市城管局局长 李某');
    await choose(page, 'roster-unit', '（xt-cgj）', 'xt-cgj');
    await page.getByTestId('roster-submit').click();
    await list.locator('tr', { hasText: '市城管局局长 李某' }).filter({ hasText: '全天' }).waitFor();

    await page.getByTestId('roster-kind').getByText('领导接听日').click();
    await page.getByTestId('roster-date').fill('2026-11-05');
    await page.getByTestId('roster-person').fill('市长 钱某');
    await page.getByTestId('roster-from').fill('15:00');
    await page.getByTestId('roster-until').fill('17:00');
    await page.getByTestId('roster-submit').click();
    const refusal = await page.getByTestId('roster-refusal').innerText();
    expect(refusal).toMatch(/不能排班/);
    expect(refusal).toMatch(/already answers at the hotline in that time/);
    expect(await list.locator('tbody tr', { hasText: '2026-11-05' }).count()).toBe(2);
    expect(await list.innerText()).not.toContain('市长 钱某');
  }, 60_000);

  it('R26.1 shows the refused return the platform recorded and a (4) entry the supervisor records with evidence, a bad field named beside it', async () => {
    const page = await supervisorAt(`tab=accountability&month=2026-03&unit=${LEAD}`);
    const refused = page.getByTestId('accountability-item-1');
    await refused.getByText('不属于本单位职责').waitFor();
    expect(await refused.innerText()).toContain('属于属地管理职责');
    expect(await refused.innerText()).toContain('拒不接受');
    const conduct = page.getByTestId('accountability-item-4');
    expect(await conduct.innerText()).toContain('本月无');

    const form = page.getByTestId('accountability-form');
    await choose(page, 'accountability-unit', `（${LEAD}）`, LEAD);
    await page.getByTestId('accountability-work-order').fill('韶山西路那一单');
    await page.getByTestId('accountability-occurred-at').fill('2026-03-05T10:30');
    await page.getByTestId('accountability-description').fill('承办人员电话中态度生硬，挂断诉求人电话');
    await page.getByTestId('accountability-evidence').fill('回访录音 2026-03-05 10:31\n诉求人书面陈述');
    await page.getByTestId('accountability-submit').click();
    const workOrderField = form.locator('.ant-form-item', { has: page.getByTestId('accountability-work-order') });
    await workOrderField.locator('.ant-form-item-explain-error').filter({ hasText: 'workOrderId' }).waitFor();

    await page.getByTestId('accountability-work-order').fill(refusedOrder);
    await page.getByTestId('accountability-submit').click();
    await page.getByTestId('accountability-recorded').waitFor();
    const entry = conduct.locator('tr', { hasText: '承办人员电话中态度生硬' });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('回访录音 2026-03-05 10:31');
    expect(await entry.innerText()).toContain('诉求人书面陈述');
    expect(await entry.innerText()).toContain('sv-li');
    expect(await entry.getByRole('link').getAttribute('href')).toBe(`/console/orders/${refusedOrder}`);
    expect(await page.getByTestId('accountability-item-7').innerText()).toContain('本月无');
  }, 60_000);

  it('R23.1 shows the hot spot the lamp complaints made, its daily trend chart and its case linking the orders', async () => {
    const listed = await eventually(
      () => client.call('GET', '/api/v1/hot-spots', SUPERVISOR).then((answer) => answer.body.items as Json[]),
      (items) => items.some((item) => item.count === HOT_SPOT_COMPLAINTS),
      30_000,
    );
    // the job may find it at the fifth complaint (its minimum) or after the sixth: the screen shows what it found
    const found = listed.find((item) => item.count === HOT_SPOT_COMPLAINTS) as Json;
    expect([5, HOT_SPOT_COMPLAINTS]).toContain(found.detectedCount);
    // a sixth complaint after the finding joins its case a moment later (hot-spot-grew): the page reads it once
    await eventually(
      () =>
        client
          .call('GET', '/api/v1/supervision-cases?trigger=2&limit=50', SUPERVISOR)
          .then((answer) => answer.body.items as Json[]),
      (cases) => cases.some((c) => c.hotSpotId === found.id && c.workOrderIds.length === HOT_SPOT_COMPLAINTS),
      30_000,
    );
    const page = await supervisorAt('tab=hot-spots&since=2026-03-01');
    const row = page.getByTestId('hot-spots').locator('tbody tr', { hasText: LAMPS.street });
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.slice(0, 4)).toEqual([
      `${LAMPS.district} ${LAMPS.street}`,
      LAMPS.category,
      '6',
      `${String(found.detectedCount)} / 0`,
    ]);
    expect(await row.innerText()).toContain('持续中');

    const detail = page.getByTestId('hot-spot-detail');
    await detail.getByTestId('hot-spot-trend').locator('canvas').waitFor();
    // the chart's description for screen readers names the day of the complaints and their count
    expect(await detail.getByTestId('hot-spot-trend').getAttribute('aria-label')).toContain('03-10 6 件');
    const hotSpotCase = detail.getByTestId('hot-spot-case');
    await hotSpotCase.waitFor();
    expect(await hotSpotCase.innerText()).toContain('督办中');
    const links = hotSpotCase.getByTestId('hot-spot-order');
    expect(await links.count()).toBe(HOT_SPOT_COMPLAINTS);
    await links.first().click();
    await page.waitForURL(/\/console\/orders\//);
    expect(lampOrders).toContain(page.url().split('/orders/')[1]);

    await page.goBack();
    await page.getByTestId('hot-spots-since').fill('2026-04-01');
    await page.getByTestId('hot-spots').locator('.ant-empty-description', { hasText: '暂无数据' }).waitFor();
    expect(await page.getByTestId('hot-spots').innerText()).not.toContain(LAMPS.street);
  }, 60_000);

  it('shows the answer to the latest filter, even when the answer to an earlier one comes after it', async () => {
    const page = await supervisorAt('tab=hot-spots&since=2026-04-01');
    const list = page.getByTestId('hot-spots');
    await list.locator('.ant-empty-description', { hasText: '暂无数据' }).waitFor();
    // the answer for March, which lists the lamps, is held back until April's has been shown
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/v1\/hot-spots\?.*since=2026-03-01/, async (route) => {
      await held;
      await route.continue();
    });
    const marchAnswer = page.waitForResponse(/\/api\/v1\/hot-spots\?.*since=2026-03-01/);
    await page.getByTestId('hot-spots-since').fill('2026-03-01');
    const aprilAnswer = page.waitForResponse(/\/api\/v1\/hot-spots\?.*since=2026-04-01/);
    await page.getByTestId('hot-spots-since').fill('2026-04-01');
    await aprilAnswer;
    release();
    await marchAnswer;
    // nothing is to happen now: give the page the time it would take to show the late answer
    await page.waitForTimeout(1_000);
    expect(await list.innerText()).not.toContain(LAMPS.street);
    expect(await list.locator('.ant-empty-description').innerText()).toBe('暂无数据');
    await page.unroute(/\/api\/v1\/hot-spots\?.*since=2026-03-01/);
  }, 60_000);

  it('R27.1 an operator flags the caller just recorded for abuse; the operator and the supervisor see the flag by keyed hash, never the phone', async () => {
    const operator = await signIn({ roles: ['operator'], sub: 'op-zhou' });
    await operator.getByTestId('caller-name').fill('欧阳某');
    await operator.getByTestId('caller-phone').fill(CALLER_PHONE);
    await operator.getByTestId('request-district').fill('雨湖区');
    await operator.getByTestId('request-content').fill('反映小区电梯故障，并辱骂接线员');
    await operator.getByTestId('request-content').press('Control+Enter');
    await operator.getByTestId('misuse-open').click();
    await operator.getByTestId('misuse-note').fill('来电人多次辱骂接线员');
    const flagged = await clickUntilSent(
      operator,
      operator.getByTestId('misuse-submit'),
      (request) => request.method() === 'POST' && request.url().endsWith('/misuse'),
    );
    expect(flagged.status()).toBe(201);
    await operator.getByTestId('misuse-recorded').filter({ hasText: '已记录：辱骂' }).waitFor();

    const flags = (await client.call('GET', '/api/v1/callers/misuse?kind=abuse', SUPERVISOR)).body.items as Json[];
    expect(flags).toHaveLength(1);
    const hash = String(flags[0]!.callerHash);

    await operator.getByRole('menuitem', { name: '恶意来电' }).click();
    await operator.getByTestId('misuse-list').getByText(hash.slice(0, 12)).waitFor();

    const supervisor = await supervisorAt('tab=misuse');
    const row = supervisor.getByTestId('misuse-list').locator('tbody tr', { hasText: hash.slice(0, 12) });
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[1]).toBe('辱骂');
    expect(cells[2]).toBe('1');
    for (const page of [operator, supervisor]) {
      expect(await page.getByTestId('misuse-list').innerText()).not.toContain(CALLER_PHONE);
      expect(await page.content()).not.toContain(CALLER_PHONE);
    }
    for (const page of [operator, supervisor]) await page.context().close();
    expect(outside).toEqual([]);
  }, 60_000);
});
