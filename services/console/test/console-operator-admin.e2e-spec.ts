// The operator closes requests online from the knowledge base and hands an emergency to 110 with one click (the
// test plays 110's line and accepts it), in Debian's Chromium against the built platform.
import { platformSuite } from '@hotline/testing';
import { AcknowledgementOutcome, PartnerLine } from '@hotline/partner-contracts';
import type { Browser, Page } from 'playwright-core';
import { choose, launchChromium, signedInPage } from './support/browser';

const ENROLMENT = '义务教育阶段入学报名需要准备哪些材料';
const HOUSING_FUND_LOAN = '住房公积金贷款申请';

describe('the operator answers online and transfers emergencies (built services, Chromium)', () => {
  const suite = platformSuite('console-operator-admin');
  let browser: Browser;
  let police: PartnerLine | undefined;
  const outside: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await police?.close();
    await browser?.close();
  });

  async function signIn(sign: { roles: string[]; unitId?: string; sub?: string }): Promise<Page> {
    const session = await signedInPage(browser, suite.platform.gatewayUrl, sign);
    session.context.on('close', () => outside.push(...session.outside));
    session.page.on('pageerror', (error) => outside.push(`page error: ${error.message}`));
    return session.page;
  }

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
    await operator.getByTestId('step-submit').click();
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
});
