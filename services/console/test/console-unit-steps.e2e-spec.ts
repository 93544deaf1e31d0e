// Co-handling units and returns in Debian's Chromium against the built platform: a co unit hands in its part of the
// handling and the lead unit and the reviewer read it (R15.5); a reviewer approving a return picks the unit the order
// goes to next (R16.3).
import { bearer, platformSuite, UnitStaff, workOrderRequests } from '@hotline/testing';
import type { Page } from 'playwright-core';
import { choose, clickUntilSent, consoleBrowser } from './support/browser';
import { statusIs } from './support/steps';

const LEAD: UnitStaff = { id: 'xt-cgj', token: bearer(['unit'], 'cgj-li', 'xt-cgj') };
const CO_UNIT = { id: 'xt-zjj', name: '市住房和城乡建设局', sub: 'zjj-wang' };
const OUTSIDER = 'xt-water';

describe('co units and returns in the web console (built services, Chromium)', () => {
  const suite = platformSuite('console-unit-steps');
  const { signIn, outside } = consoleBrowser(() => suite.platform.gatewayUrl);
  const operator = bearer(['operator'], 'op-1');

  const orderPage = (page: Page, id: string) => page.goto(`${suite.platform.gatewayUrl}/console/orders/${id}`);

  /** Fills the open form and submits it; answers the API's status, once the form closed or shows the refusal. */
  async function submit(page: Page, fill: Record<string, string | { choose: string; typed?: string }>) {
    for (const [field, value] of Object.entries(fill)) {
      if (typeof value === 'string') await page.getByTestId(`field-${field}`).fill(value);
      else await choose(page, `field-${field}`, value.choose, value.typed);
    }
    const answer = await clickUntilSent(
      page,
      page.getByTestId('step-submit'),
      (request) => request.method() === 'POST',
    );
    if (answer.ok()) await page.locator('.ant-modal:visible').waitFor({ state: 'detached' });
    return answer.status();
  }

  /** The refusal the open form shows, next to a field or above the fields. */
  async function refusal(page: Page): Promise<string> {
    const shown = page
      .locator('.ant-modal:visible .ant-form-item-explain-error')
      .or(page.getByTestId('step-error'))
      .first();
    await shown.waitFor();
    return shown.innerText();
  }

  it('R15.5 a co unit hands in its part; the lead unit and the reviewer see who contributed what and when', async () => {
    const requests = workOrderRequests({ call: suite.call, step: suite.step }, operator);
    const workOrderId = await requests.recorded({ content: '雨湖区建设路小区楼道外墙砖脱落，砸坏电动车' });
    await requests.dispatch(workOrderId, LEAD.id, [CO_UNIT.id]);

    // Before the lead unit signs, nothing is being handled: the co unit reads the order but has nothing to hand in.
    const coUnit = await signIn({ roles: ['unit'], unitId: CO_UNIT.id, sub: CO_UNIT.sub });
    await orderPage(coUnit, workOrderId);
    await coUnit.getByTestId('contributions').getByText(`待会同单位（${CO_UNIT.id}）提交`).waitFor();
    expect(await coUnit.getByTestId('contribute').count()).toBe(0);

    await requests.sign(workOrderId, LEAD);
    await coUnit.reload();
    await statusIs(coUnit, '办理中');
    await coUnit.getByTestId('contribute').click();
    // the API's rules: a contribution says who handled it, how, and with what result (R18.1)
    await coUnit.getByTestId('field-handledBy').fill('   ');
    expect(await submit(coUnit, { process: '现场查看外墙', result: '已责令物业排查' })).toBe(400);
    expect(await refusal(coUnit)).toMatch(/handledBy/);
    expect(
      await submit(coUnit, {
        handledBy: '住建局物业科 王科长',
        process: '现场查看外墙砖脱落范围，约谈物业公司',
        result: '物业公司已拉设警戒线，三日内完成排危',
      }),
    ).toBe(201);
    const handedIn = coUnit.getByTestId('contribution');
    await handedIn.getByText('物业公司已拉设警戒线，三日内完成排危').waitFor();
    // handing it in changes nothing on the order: the lead unit still answers for it
    await statusIs(coUnit, '办理中');

    // The lead unit reads it with the unit, the person and the time, and hands in no contribution of its own.
    const lead = await signIn({ roles: ['unit'], unitId: LEAD.id, sub: 'cgj-li' });
    await orderPage(lead, workOrderId);
    const seen = lead.getByTestId('contribution');
    await seen.getByText('现场查看外墙砖脱落范围，约谈物业公司').waitFor();
    const heading = await seen.locator('.ant-descriptions-title').innerText();
    expect(heading).toContain(CO_UNIT.id);
    expect(heading).toContain(CO_UNIT.sub);
    expect(heading).toMatch(/\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}/);
    expect(await seen.innerText()).toContain('住建局物业科 王科长');
    expect(await lead.getByTestId('contribute').count()).toBe(0);
    await lead.getByTestId('step-submit-reply').waitFor();

    // The reviewer reads it too; a unit with no part in the order is refused the order and its contributions.
    const reviewer = await signIn({ roles: ['reviewer'], sub: 'rv-zhao' });
    await orderPage(reviewer, workOrderId);
    await reviewer.getByTestId('contribution').getByText('物业公司已拉设警戒线，三日内完成排危').waitFor();
    const outsider = await signIn({ roles: ['unit'], unitId: OUTSIDER, sub: 'water-chen' });
    await orderPage(outsider, workOrderId);
    expect(await outsider.getByTestId('order-denied').innerText()).toMatch(/403|404/);

    for (const page of [coUnit, lead, reviewer, outsider]) await page.context().close();
    expect(outside).toEqual([]);
  }, 240_000);

  it('R16.3 approving a return, the reviewer picks the unit it goes to; the unit that returned it is refused', async () => {
    const requests = workOrderRequests({ call: suite.call, step: suite.step }, operator);
    const workOrderId = await requests.signedBy(LEAD, { content: '建设路小区电梯困人后维保单位迟迟不到' });
    await suite.step(
      `/api/v1/work-orders/${workOrderId}/returns`,
      LEAD.token,
      { reason: '电梯维保不属城管职责', basis: '《特种设备安全法》：电梯由市场监管和住建部门监管' },
      201,
    );

    const reviewer = await signIn({ roles: ['reviewer'], sub: 'rv-zhao' });
    await orderPage(reviewer, workOrderId);
    await statusIs(reviewer, '退回审核中');
    await reviewer.getByTestId('step-approve-return').click();
    // The returning unit is among the units, marked; the API refuses it next to the field.
    expect(
      await submit(reviewer, {
        leadUnitId: { choose: '申请退回的单位', typed: LEAD.id },
        comment: '同意退回',
      }),
    ).toBe(422);
    expect(await refusal(reviewer)).toMatch(/R16\.3|xt-cgj/);
    expect(await submit(reviewer, { leadUnitId: { choose: CO_UNIT.name, typed: '住房' } })).toBe(200);

    // Re-dispatched to the unit the reviewer picked, waiting for it to sign.
    await statusIs(reviewer, '已转办待签收');
    await reviewer
      .locator('.ant-descriptions-item-content')
      .filter({ hasText: /^xt-zjj$/ })
      .waitFor();
    const returns = await suite.call('GET', `/api/v1/work-orders/${workOrderId}/returns`, bearer(['reviewer'], 'rv-1'));
    expect(returns.body.items).toEqual([
      expect.objectContaining({ unitId: LEAD.id, decision: 'approved', redispatchedTo: CO_UNIT.id }),
    ]);

    await reviewer.context().close();
    expect(outside).toEqual([]);
  }, 240_000);
});
