// Signing in to the console through a real OpenID provider (oidc-provider, authorization code + PKCE), the groups
// mapped to roles, and switching between a user's roles without signing in again.
import { createTestEnvironment, freePort, RunningPlatform, startPlatform, TestEnvironment } from '@hotline/testing';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, SCREEN } from './support/browser';
import { startOidcProvider } from './support/oidc-provider-process';

describe('console sign-in through the city OIDC provider (built services, Chromium, oidc-provider)', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let provider: { issuer: string; stop: () => void };
  let browser: Browser;

  beforeAll(async () => {
    environment = await createTestEnvironment('console-oidc');
    const port = await freePort();
    platform = await startPlatform({
      ...environment.env,
      HOTLINE_OIDC_ISSUER: `http://127.0.0.1:${port}`,
      HOTLINE_OIDC_CLIENT_ID: 'hotline-console',
      HOTLINE_OIDC_SCOPE: 'openid groups',
    });
    provider = await startOidcProvider(port, `${platform.gatewayUrl}/console/oidc/callback`);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    provider?.stop();
    await platform?.stop();
    await environment?.teardown();
  });

  async function signInAtProvider(login: string): Promise<Page> {
    const context = await browser.newContext({ viewport: SCREEN, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${platform.gatewayUrl}/console/`);
    await page.getByTestId('oidc-sign-in').click();
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('any');
    await page.locator('button[type=submit]').click();
    // the development consent screen, then back to the console with the code
    await page.locator('button[type=submit]').click();
    await page.waitForURL((url) => url.href.startsWith(`${platform.gatewayUrl}/console/`));
    return page;
  }

  it('signs in with code + PKCE, maps the groups to roles, and switches role without signing in again', async () => {
    const page = await signInAtProvider('zhang.wei');
    await page.getByTestId('signed-in-as').filter({ hasText: 'oidc:zhang.wei' }).waitFor();
    await page.waitForURL(`${platform.gatewayUrl}/console/operator`);
    await page.getByTestId('record-request').waitFor();

    await page.getByTestId('role-switch').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '审核员' }).click();
    await page.waitForURL(`${platform.gatewayUrl}/console/reviewer`);
    await page.getByTestId('queue-returns-list').waitFor();
    await page.getByTestId('queue-returns-list').locator('.ant-table').waitFor();
    expect(await page.getByTestId('queue-returns-list').innerText()).not.toMatch(/40[13]/);
    await page.context().close();
  }, 120_000);

  it('gives a unit account its unit, and refuses an identity no group maps to a role', async () => {
    const unit = await signInAtProvider('li.na');
    await unit.getByTestId('signed-in-as').filter({ hasText: 'xt-cgj' }).waitFor();
    await unit.waitForURL(`${platform.gatewayUrl}/console/unit`);
    await unit.context().close();

    const visitor = await signInAtProvider('visitor');
    await visitor.getByTestId('oidc-error').filter({ hasText: 'no group' }).waitFor();
    await visitor.context().close();
  }, 120_000);
});
