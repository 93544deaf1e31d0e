// Branch centres' orders (R10.2) in Debian's Chromium against the built platform: linkage's sync on JetStream, then
// the supervisor's overdue board and the order's page mark it as a branch order, and its unit finds it in its inbox.
import { BranchOrderSynced, BranchOrderSyncedPayload } from '@hotline/contracts';
import { bearer, eventually, platformSuite, publishEvent } from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { consoleBrowser } from './support/browser';

const UNIT_ID = randomUUID();
const MATTER = '商场销售过期奶粉，要求市场监管部门查处';
const DAY_MS = 24 * 3600 * 1000;

describe('branch orders in the web console (built services, Chromium)', () => {
  const suite = platformSuite('console-branch-orders');
  const { signIn, outside } = consoleBrowser(() => suite.platform.gatewayUrl);
  const accepted = new Date(Date.now() - 10 * DAY_MS);
  const order: BranchOrderSyncedPayload = {
    id: randomUUID(),
    branch: '12315',
    externalId: 'SCJ-2026-001204',
    version: 1,
    number: '12315-1204',
    unitId: UNIT_ID,
    handlingUnit: '岳塘区市场监督管理局',
    requestType: 'complaint',
    category: '食品安全',
    district: '岳塘区',
    matter: MATTER,
    status: 'handling',
    acceptedAt: accepted.toISOString(),
    // past due: on the supervisor's overdue board
    dueAt: new Date(accepted.getTime() + 5 * DAY_MS).toISOString(),
    updatedAt: accepted.toISOString(),
  };

  beforeAll(async () => {
    await publishEvent(suite.environment, BranchOrderSynced, order, {
      actor: { kind: 'system', id: 'linkage' },
      workOrderId: order.id,
      occurredAt: new Date(order.updatedAt),
    });
    await eventually(
      () => suite.call('GET', `/api/v1/work-orders/${order.id}`, bearer(['supervisor'], 'sv-1')),
      (answer) => answer.status === 200,
      30_000,
    );
  }, 90_000);

  it('R10.2 the supervisor sees a branch order marked on the overdue board and its page, without a caller', async () => {
    const supervisor = await signIn({ roles: ['supervisor'], sub: 'sv-liu' });
    await supervisor.goto(`${suite.platform.gatewayUrl}/console/supervisor`);
    const board = supervisor.getByTestId('board');
    const row = board.locator('tr', { hasText: order.number });
    await row.waitFor();
    expect(await row.getByTestId('branch-mark').innerText()).toBe('分中心 12315 · 办理中');

    await row.getByRole('link', { name: order.number }).click();
    await supervisor.getByTestId('order-matter').filter({ hasText: MATTER }).waitFor();
    expect(await supervisor.getByTestId('branch-mark').innerText()).toBe('分中心 12315 · 办理中');
    expect(await supervisor.getByTestId('order-number').innerText()).toBe(order.number);
    expect(await supervisor.getByTestId('branch-due').innerText()).not.toBe('—');
    await supervisor
      .getByTestId('timeline')
      .getByText(/分中心同步：办理中/)
      .waitFor();
    expect(await supervisor.getByTestId('caller').count()).toBe(0);
  });

  it('R10.2 the unit answering for the branch centre finds the order in its inbox, marked', async () => {
    const unit = await signIn({ roles: ['unit'], unitId: UNIT_ID, sub: 'scj-wang' });
    await unit.goto(`${suite.platform.gatewayUrl}/console/unit`);
    const row = unit.getByTestId('inbox').locator('tr', { hasText: order.number });
    await row.waitFor();
    expect(await row.getByTestId('branch-mark').innerText()).toBe('分中心 12315 · 办理中');
    expect(outside).toEqual([]);
  });
});
