// The operator closes requests online from the knowledge base and hands an emergency to 110 with one click (the
// test plays 110's line and accepts it); the admin adds and changes units, rules, articles and partners; the main
// screens fit a tablet. In Debian's Chromium against the built platform.
import { bearer, platformSuite, workOrderRequests } from '@hotline/testing';
import { AcknowledgementOutcome, PartnerLine } from '@hotline/partner-contracts';
import type { Page } from 'playwright-core';
import { choose, clickUntilSent, consoleBrowser } from './support/browser';

const ENROLMENT = '义务教育阶段入学报名需要准备哪些材料';
const HOUSING_FUND_LOAN = '住房公积金贷款申请';
const LEAD = { id: 'xt-cgj', token: bearer(['unit'], 'cgj-li', 'xt-cgj') };
const TABLETS = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];

describe('the operator answers online and transfers emergencies (built services, Chromium)', () => {
  const suite = platformSuite('console-operator-admin');
  const { signIn, outside } = consoleBrowser(() => suite.platform.gatewayUrl);
  let police: PartnerLine | undefined;

  afterAll(async () => {
    await police?.close();
  });

  async function describeCall(page: Page, content: string, type: string): Promise<void> {
    await choose(page, 'request-type', type);
    await page.getByTestId('request-content').fill(content);
  }

  const statusShows = (page: Page, text: string) =>
    page.getByTestId('recorded-status').filter({ hasText: text }).waitFor();

  it('R15.1 R15.2 an operator closes one call online from a live knowledge answer and calls another back with an answer from the assist', async () => {
    const operator = await signIn({ roles: ['operator'], sub: 'op-wang' });

    // On the spot: the knowledge answer appears while the matter is typed, and closes the request online.
    await operator.getByText('来电人要求匿名').click();
    await describeCall(operator, '咨询小学入学报名需要哪些材料', '咨询');
    const live = operator.getByTestId('live-knowledge').locator('p').filter({ hasText: ENROLMENT });
    await live.getByTestId('close-online').click();
    await statusShows(operator, '在线办结待回访');
    expect(await operator.getByTestId('answered-from').innerText()).toContain(ENROLMENT);

    // A call back without the caller's consent is refused in words; with it the order waits for the call back.
    await operator.getByTestId('next-call').click();
    await operator.getByText('来电人要求匿名').click();
    await describeCall(operator, '咨询公积金贷款额度怎么计算', '咨询');
    await operator.getByTestId('record-callback').click();
    await operator
      .getByTestId('request-error')
      .filter({ hasText: /422.*R15\.2/ })
      .waitFor();
    await operator.getByTestId('caller-consent').check();
    await operator.getByTestId('record-callback').click();
    await statusShows(operator, '待回拨答复');

    // The operator calls back, answering from the assist's article; the order is closed online citing it.
    const answers = operator.getByTestId('knowledge-answers').locator('p').filter({ hasText: HOUSING_FUND_LOAN });
    await answers.getByTestId('answer-from-article').click();
    const answer = operator.getByTestId('field-answer');
    expect(await answer.inputValue()).not.toBe('');
    await answer.fill('已回拨答复：公积金贷款额度按缴存余额倍数计算，具体请携带材料到公积金中心窗口办理。');
    await clickUntilSent(operator, operator.getByTestId('step-submit'), (request) => request.method() === 'POST');
    await statusShows(operator, '在线办结待回访');
    expect(await operator.getByTestId('answered-from').innerText()).toContain(HOUSING_FUND_LOAN);
    expect(await operator.getByTestId('online-answer-panel').innerText()).toContain('已回拨答复');
    await operator.context().close();
  }, 180_000);

  it('R10.1 the emergency hint hands the incident to 110 in one click and shows it sent, then accepted by 110', async () => {
    police = await PartnerLine.connect(suite.environment.env, '110');
    const operator = await signIn({ roles: ['operator'], sub: 'op-li' });
    await operator.getByTestId('caller-name').fill('赵六');
    await operator.getByTestId('caller-phone').fill('13907310077');
    await operator.getByTestId('request-district').fill('雨湖区');
    await operator.getByTestId('request-address').fill('城正街88号');
    await describeCall(operator, '城正街88号有人持刀斗殴，已经有人受伤', '求助');
    await operator.getByTestId('record-request').click();
    const hint = operator.getByTestId('emergency-hint').filter({ hasText: '110' });
    await hint.waitFor();
    await hint.getByTestId('emergency-transfer').click();
    const status = operator.getByTestId('transfer-status');
    await status.filter({ hasText: '已发送，等待对方确认' }).waitFor();

    const line = police;
    const deadline = Date.now() + 20_000;
    while (line.distinct().length === 0 && Date.now() < deadline) await operator.waitForTimeout(250);
    const [incident] = line.distinct();
    expect(incident?.body.case).toBe('transfer');
    if (!incident) throw new Error('110 received no transfer');
    await line.answer(incident, new Date(), {
      case: 'acknowledgement',
      value: {
        acknowledgedMessageId: incident.messageId,
        outcome: AcknowledgementOutcome.ACCEPTED,
        decidedBy: '110调度员',
        receiverReference: 'JJ-2026-0042',
      },
    });
    await status.filter({ hasText: '对方已接收' }).waitFor();
    expect(await status.innerText()).toContain('JJ-2026-0042');
    await operator.context().close();
    expect(outside).toEqual([]);
  }, 120_000);

  /** Fills the open form and submits it; answers the refusals shown (above the form and next to its fields). */
  async function submitForm(page: Page, fill: Record<string, string | { choose: string }>): Promise<string> {
    for (const [field, value] of Object.entries(fill)) {
      if (typeof value === 'string') await page.getByTestId(`field-${field}`).fill(value);
      else await choose(page, `field-${field}`, value.choose);
    }
    const modal = page.locator('.ant-modal:visible');
    const refusals = modal.locator('.ant-form-item-explain-error, [data-testid="step-error"]');
    // a corrected field's earlier refusal fades out first: it is no answer to this submission
    await refusals
      .first()
      .waitFor({ state: 'detached', timeout: 5_000 })
      .catch(() => undefined);
    await clickUntilSent(page, page.getByTestId('step-submit'), (request) => request.method() !== 'GET');
    return Promise.race([
      modal.waitFor({ state: 'detached' }).then(() => ''),
      refusals
        .first()
        .waitFor()
        .then(async () => (await refusals.allInnerTexts()).join(' ')),
    ]);
  }

  const row = (page: Page, list: string, text: string) =>
    page.getByTestId(list).locator('tr').filter({ hasText: text });

  /** narrows a long admin list to what is typed, as the admin would */
  async function find(page: Page, list: string, words: string): Promise<void> {
    const id = `${list}-search`;
    const search = page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();
    await search.fill(words);
    await search.press('Enter');
  }

  it('R15 R7.1 R10 an admin adds and changes a unit, adds a routing rule, writes and revises an article and changes a partner', async () => {
    const admin = await signIn({ roles: ['admin'], sub: 'adm-zhou' });
    await admin.goto(`${suite.platform.gatewayUrl}/console/admin?tab=units`);

    // A wrong duty phone is refused next to its field; corrected, the unit is in the directory.
    await admin.getByTestId('units-create').click();
    const refused = await submitForm(admin, {
      id: 'xt-hetang-test',
      name: '荷塘街道办事处',
      kind: { choose: '乡镇、街道' },
      dutyPhone: 'call me',
      areas: '雨湖区，城正街街道',
      categories: '路灯、井盖',
    });
    expect(refused).toContain('dutyPhone must be a telephone number');
    expect(await submitForm(admin, { dutyPhone: '0731-58581234' })).toBe('');
    await find(admin, 'units', 'xt-hetang');
    await row(admin, 'units', 'xt-hetang-test').filter({ hasText: '城正街街道' }).waitFor();
    await admin.getByTestId('edit-xt-hetang-test').click();
    expect(await admin.getByTestId('field-areas').inputValue()).toBe('雨湖区，城正街街道');
    expect(await submitForm(admin, { name: '城正街街道办事处' })).toBe('');
    await row(admin, 'units', 'xt-hetang-test').filter({ hasText: '城正街街道办事处' }).waitFor();

    await admin.getByTestId('tab-routing').click();
    await admin.getByTestId('routing-rules-create').click();
    const rule = { name: '城正街路灯直派街道', categories: '路灯', districts: '雨湖区', leadUnitId: 'xt-hetang-test' };
    expect(await submitForm(admin, rule)).toBe('');
    await find(admin, 'routing-rules', 'xt-hetang-test');
    await row(admin, 'routing-rules', rule.name).filter({ hasText: 'xt-hetang-test' }).waitFor();

    // Every article is listed, not only the stale ones; a change makes a new version.
    await admin.getByTestId('tab-articles').click();
    await find(admin, 'articles', '入学');
    await admin.getByTestId('articles').locator('tr').filter({ hasText: ENROLMENT }).waitFor();
    await admin.getByTestId('articles-create').click();
    const title = '城正街路灯报修怎么办理';
    expect(
      await submitForm(admin, {
        ownerUnitId: 'xt-cgj',
        title,
        body: '路灯不亮可拨打12345或城管热线报修，一般3个工作日内修复。',
        keywords: '路灯，报修',
        areas: '雨湖区',
        status: { choose: '已发布' },
        reviewBy: '2027-06-30',
      }),
    ).toBe('');
    await find(admin, 'articles', '路灯报修');
    const article = row(admin, 'articles', title);
    await article.filter({ hasText: '已发布' }).waitFor();
    await article.getByRole('button', { name: /编\s*辑/ }).click();
    expect(await submitForm(admin, { body: '路灯不亮可拨打12345报修，城管部门一般2个工作日内修复。' })).toBe('');
    await admin
      .getByTestId('articles')
      .locator('tr')
      .filter({ hasText: title })
      .locator('td')
      .filter({ hasText: /^2$/ })
      .waitFor();
    expect(new URL(admin.url()).searchParams.get('tab')).toBe('articles');

    await admin.getByTestId('tab-partners').click();
    await admin.getByTestId('edit-110').click();
    expect(await submitForm(admin, { ackTimeoutSeconds: '45' })).toBe('');
    await row(admin, 'partners', '110').locator('td').filter({ hasText: /^45$/ }).waitFor();
    await admin.context().close();
    expect(outside).toEqual([]);
  }, 150_000);

  /** no horizontal scrolling of the page, and the screen's main action inside the viewport */
  async function fitsTablet(page: Page, action: string): Promise<void> {
    const target = page.getByTestId(action).first();
    await target.waitFor();
    const box = await target.boundingBox();
    // an expression, not a function: the tests are compiled without the DOM's types
    const width = await page.evaluate<{ page: number; window: number }>(
      '({ page: document.documentElement.scrollWidth, window: window.innerWidth })',
    );
    expect({ action, page: width.page }).toEqual({ action, page: width.window });
    expect(box && box.x >= 0 && box.x + box.width <= width.window).toBe(true);
  }

  it('the operator, unit inbox, work order and supervisor screens fit 1024×768 and 768×1024 tablets', async () => {
    const workOrderId = await workOrderRequests(
      { call: suite.call, step: suite.step },
      bearer(['operator'], 'op-1'),
    ).signedBy(LEAD, {
      content: '建设路口垃圾堆放多日无人清运',
      location: { district: '岳塘区', address: '建设路口' },
    });
    const operator = await signIn({ roles: ['operator'], sub: 'op-tablet' });
    const unit = await signIn({ roles: ['unit'], unitId: LEAD.id, sub: 'cgj-li' });
    const supervisor = await signIn({ roles: ['supervisor'], sub: 'sv-tablet' });
    for (const viewport of TABLETS) {
      for (const page of [operator, unit, supervisor]) await page.setViewportSize(viewport);
      await operator.goto(`${suite.platform.gatewayUrl}/console/operator`);
      await fitsTablet(operator, 'record-request');
      await unit.goto(`${suite.platform.gatewayUrl}/console/unit`);
      await fitsTablet(unit, 'inbox-order');
      await unit.goto(`${suite.platform.gatewayUrl}/console/orders/${workOrderId}`);
      await fitsTablet(unit, 'step-buttons');
      await supervisor.goto(`${suite.platform.gatewayUrl}/console/supervisor`);
      await fitsTablet(supervisor, 'board');
    }
    for (const page of [operator, unit, supervisor]) await page.context().close();
    expect(outside).toEqual([]);
  }, 150_000);
});
