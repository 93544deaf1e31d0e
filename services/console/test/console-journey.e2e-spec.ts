// The console in Debian's Chromium against the built platform: an operator, a unit and a reviewer take one complaint
// from the call to the appeal, each signed in separately; the unit's inbox learns of the order without a reload.
import { bearer, gatewayClient, platformSuite, workOrderRequests } from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { choose, consoleBrowser } from './support/browser';
import { statusIs, takeStep } from './support/steps';

const LEAD = 'xt-cgj';
const OTHER_UNIT = 'xt-yuhu';
const CALLER = { name: '周建国', phone: '13973201234' };
const NOTICE_2027 = {
  year: 2027,
  document: '国办发明电〔2026〕测试号',
  holidays: [
    { name: '元旦', start: '2027-01-01', end: '2027-01-03' },
    { name: '春节', start: '2027-02-05', end: '2027-02-12' },
    { name: '清明节', start: '2027-04-03', end: '2027-04-05' },
    { name: '劳动节', start: '2027-05-01', end: '2027-05-05' },
    { name: '端午节', start: '2027-06-09', end: '2027-06-11' },
    { name: '中秋节', start: '2027-09-15', end: '2027-09-17' },
    { name: '国庆节', start: '2027-10-01', end: '2027-10-07' },
  ],
  makeUpWorkdays: [
    { date: '2027-02-14', name: '春节' },
    { date: '2027-09-26', name: '国庆节' },
  ],
};
const MATTER = '城正街路灯坏了一周，晚上很黑，老人出行不便';

describe('the web console in a real browser (built services, Chromium)', () => {
  const suite = platformSuite('console');
  const { signIn, outside } = consoleBrowser(() => suite.platform.gatewayUrl);

  it('operator records, sees the repeat and dispatches; the unit sees it arrive live, signs, extends, replies; the reviewer passes it and records an unsatisfied callback (re-handling); the unit appeals; another unit is refused', async () => {
    // An earlier call of the same caller about the same street, so the new one is a likely repeat.
    const client = gatewayClient(() => suite.platform.gatewayUrl);
    const earlier = await workOrderRequests(client, bearer(['operator'], 'op-0')).record({
      caller: CALLER,
      content: '城正街路灯不亮',
      category: '路灯',
      location: { district: '雨湖区', street: '城正街街道', address: '城正街' },
    });

    const unit = await signIn({ roles: ['unit'], unitId: LEAD, sub: 'cgj-li' });
    await unit.getByTestId('stream-live').waitFor();

    const operator = await signIn({ roles: ['operator'], sub: 'op-zhou' });
    await operator.getByTestId('caller-name').fill(CALLER.name);
    await operator.getByTestId('caller-phone').fill(CALLER.phone);
    await operator.getByTestId('request-category').fill('路灯');
    await operator.getByTestId('request-district').fill('雨湖区');
    await operator.getByTestId('request-street').fill('城正街街道');
    await operator.getByTestId('request-address').fill('城正街');
    await operator.getByTestId('request-content').fill(MATTER);
    await operator.getByTestId('request-content').press('Control+Enter');
    await operator.getByTestId('repeats').getByText(String(earlier.workOrder.number)).waitFor();
    // knowledge answers to read out, the matched words marked (not shown as markup)
    const answers = operator.getByTestId('knowledge-answers');
    await answers.locator('mark').first().waitFor();
    expect(await answers.innerText()).not.toMatch(/<\/?mark>|&lt;|&amp;/);
    expect(await operator.getByTestId('repeat-link').first().getAttribute('href')).toBe(
      `/console/orders/${String(earlier.workOrder.id)}`,
    );
    const number = await operator.getByTestId('recorded-number').innerText();
    await operator.getByTestId('routing-suggestion').waitFor();
    expect(await operator.getByTestId('routing-suggestion').innerText()).toMatch(/建议承办/);
    await choose(operator, 'dispatch-unit', `（${LEAD}）`, LEAD);
    await operator.getByTestId('dispatch-chosen').click();
    await operator.getByTestId('recorded-status').filter({ hasText: '已转办待签收' }).waitFor();

    // The unit's inbox, opened before the dispatch and never reloaded, shows the new order.
    await unit.getByTestId('arrived-count').waitFor();
    await unit.getByTestId('inbox').getByText(number).waitFor();
    await unit.getByTestId('inbox').getByText(number).click();
    await unit.getByTestId('order-matter').filter({ hasText: MATTER }).waitFor();
    expect(await unit.getByTestId('caller-phone-shown').innerText()).not.toBe(CALLER.phone);
    const workOrderId = unit.url().split('/orders/')[1]!;

    await takeStep(unit, 'sign');
    await statusIs(unit, '办理中');
    await takeStep(unit, 'request-extension', { workingDays: '3', reason: '需协调供电公司更换线路' });
    await statusIs(unit, '延期审核中');

    const reviewer = await signIn({ roles: ['reviewer'], sub: 'rv-wang' });
    await reviewer.goto(`${suite.platform.gatewayUrl}/console/reviewer?tab=extensions`);
    await reviewer.getByTestId('queue-extensions-list').getByText(number).click();
    await takeStep(reviewer, 'approve-extension', { comment: '同意' });
    await statusIs(reviewer, '办理中');

    // The unit's order page follows the reviewer's decision without a reload.
    await statusIs(unit, '办理中');
    await takeStep(unit, 'submit-reply', { handledBy: '市城管局 李明', process: '现场检修线路', result: '已更换灯具' });
    await statusIs(unit, '已反馈待审核');

    await reviewer.reload();
    await takeStep(reviewer, 'pass-reply');
    await statusIs(reviewer, '已办结待回访');
    await takeStep(reviewer, 'record-callback', {
      satisfaction: { choose: '不满意' },
      cause: { choose: '承办单位原因' },
      reason: '路灯修好后又坏了',
    });
    // unsatisfied for the unit's reasons: back to the unit to handle again, which may still appeal (R20.3)
    await statusIs(reviewer, '重办中');

    await statusIs(unit, '重办中');
    await takeStep(unit, 'request-appeal', { reason: '已按标准更换灯具', evidence: '维修记录及现场照片' });
    await statusIs(unit, '申诉审核中');

    // Another unit: the page says it may not see the order, and the API refused it.
    const other = await signIn({ roles: ['unit'], unitId: OTHER_UNIT, sub: 'yuhu-chen' });
    const answer = other.waitForResponse((response) => response.url().endsWith(`/api/v1/work-orders/${workOrderId}`));
    await other.goto(`${suite.platform.gatewayUrl}/console/orders/${workOrderId}`);
    expect([403, 404]).toContain((await answer).status());
    await other.getByTestId('order-denied').filter({ hasText: '无权查看' }).waitFor();

    for (const page of [unit, operator, reviewer, other]) await page.context().close();
    expect(outside).toEqual([]);
  }, 240_000);

  it('an admin loads a calendar year and replays a dead letter', async () => {
    // A dead letter as a consumer leaves one: a real event of this run that supervision gave up on.
    const db = new Client({ connectionString: suite.environment.databaseUrl });
    await db.connect();
    const event = (
      await db.query<{ subject: string; envelope: { id: string } }>(
        `SELECT subject, envelope FROM intake.outbox WHERE type LIKE '%created%' ORDER BY seq LIMIT 1`,
      )
    ).rows[0]!;
    const letterId = randomUUID();
    await db.query(
      `INSERT INTO supervision.dead_letters (id, consumer, subject, event_id, reason, deliveries, body) VALUES ($1, $2, $3, $4, $5, 5, $6)`,
      [
        letterId,
        `supervision__${event.subject.replace(/[^A-Za-z0-9]+/g, '_')}`,
        event.subject,
        event.envelope.id,
        'handler failed: connection terminated',
        JSON.stringify(event.envelope),
      ],
    );

    const admin = await signIn({ roles: ['admin'], sub: 'ad-liu' });
    await admin.goto(`${suite.platform.gatewayUrl}/console/admin?tab=calendar&year=2027`);
    await admin.getByTestId('calendar-source').filter({ hasText: '法定节日推算' }).waitFor();
    await admin.getByTestId('calendar-notice').fill(JSON.stringify(NOTICE_2027));
    await admin.getByTestId('calendar-load').click();
    await admin.getByTestId('calendar-source').filter({ hasText: '国务院通知' }).waitFor();
    const workingDays = Number(await admin.getByTestId('working-days').innerText());
    expect(workingDays).toBeGreaterThan(240);
    expect(workingDays).toBeLessThan(255);

    await admin.goto(`${suite.platform.gatewayUrl}/console/admin?tab=dead-letters&service=supervision`);
    await admin.getByTestId('dead-letter-replay').first().click();
    await admin.getByTestId('dead-letter-message').filter({ hasText: letterId }).waitFor();
    const replayed = await db.query(`SELECT replayed_at FROM supervision.dead_letters WHERE id = $1`, [letterId]);
    await db.end();
    expect(replayed.rows[0].replayed_at).not.toBeNull();
    await admin.context().close();
    expect(outside).toEqual([]);
  }, 120_000);
});
