import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type Request,
  type Response,
} from 'playwright-core';

/** Debian's Chromium (scripts/ensure-chromium.mjs installs it), headless, with nothing reaching out to the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['HOTLINE_CHROMIUM'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export const SCREEN = { width: 1366, height: 768 };

/** Who signs in through the console's development form: the roles ticked, and the unit and user id typed. */
export interface ConsoleSignIn {
  roles: string[];
  unitId?: string;
  sub?: string;
}

/**
 * A console suite's browser: Chromium launched before the suite and closed after it. `signIn` opens a new page signed
 * in as asked; the requests that left the gateway's origin, and page errors, gather in `outside`. Call it inside
 * `describe`, as `platformSuite`.
 */
export function consoleBrowser(gatewayUrl: () => string) {
  let browser: Browser | undefined;
  const outside: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return {
    outside,
    async signIn(sign: ConsoleSignIn): Promise<Page> {
      if (!browser) throw new Error('the suite has no browser: its beforeAll failed (above) or has not run');
      return (await signedInPage(browser, gatewayUrl(), sign, outside)).page;
    },
  };
}

/**
 * A new browser context (its own session storage) signed in through the console's development form. With `collect`,
 * the requests that left the gateway's origin are added to it when the context closes, and page errors as they occur.
 */
export async function signedInPage(
  browser: Browser,
  gatewayUrl: string,
  sign: ConsoleSignIn,
  collect?: string[],
): Promise<{ context: BrowserContext; page: Page; outside: string[] }> {
  const context = await browser.newContext({ viewport: SCREEN, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const outside: string[] = [];
  const origin = new URL(gatewayUrl).origin;
  context.on('request', (request) => {
    // data: and blob: URLs are made in the page (a downloaded report, say): they never leave the machine
    const local = ['data:', 'blob:'].some((scheme) => request.url().startsWith(scheme));
    if (!request.url().startsWith(origin) && !local) outside.push(request.url());
  });
  const page = await context.newPage();
  if (collect) {
    context.on('close', () => collect.push(...outside));
    page.on('pageerror', (error) => collect.push(`page error: ${error.message}`));
  }
  page.setDefaultTimeout(20_000);
  await page.goto(`${gatewayUrl}/console/`);
  const roles = page.getByTestId('sign-in-roles');
  // The form starts with operator ticked; tick exactly the roles asked for.
  for (const label of await roles.locator('label').all()) {
    const input = label.locator('input');
    const value = await input.getAttribute('value');
    if ((await input.isChecked()) !== sign.roles.includes(value ?? '')) await label.click();
  }
  if (sign.unitId) await page.getByTestId('sign-in-unit').fill(sign.unitId);
  if (sign.sub) await page.getByTestId('sign-in-sub').fill(sign.sub);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('signed-in-as').waitFor();
  return { context, page, outside };
}

/** Picks an option of an Ant Design select by typing into it (a showSearch select) or by its visible label. */
export async function choose(page: Page, testId: string, label: string, typed?: string): Promise<void> {
  await page.getByTestId(testId).click();
  // a long list renders only the options in view: a searchable select is narrowed by typing first
  if (typed) await page.keyboard.type(typed);
  const list = page.locator('.ant-select-dropdown:visible');
  const option = list.locator('.ant-select-item-option').filter({ hasText: label }).first();
  // a click while the list is still opening can be lost (the list then stays open): click again, as a person would;
  // waiting for the list to go also keeps the next click from landing on it while it closes
  for (let attempt = 1; attempt <= 3; attempt++) {
    await option.click({ timeout: 5_000 }).catch(() => undefined);
    const closed = await list.waitFor({ state: 'detached', timeout: 4_000 }).then(
      () => true,
      () => false,
    );
    if (closed) return;
  }
  throw new Error(`choosing ${label} in ${testId} left its list open`);
}

/**
 * Clicks a form's submit button until the request it sends has left: a click during a modal's opening motion can be
 * lost, as a person would click again. Answers the request's response (the first one sent: no second is sent once
 * one has left).
 */
export async function clickUntilSent(
  page: Page,
  button: Locator,
  isRequest: (request: Request) => boolean,
): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const sent = page.waitForRequest(isRequest, { timeout: 5_000 }).catch(() => undefined);
    await button.click();
    const request = await sent;
    if (request) {
      const response = await request.response();
      if (!response) throw new Error(`${request.method()} ${request.url()} got no response`);
      return response;
    }
    if (attempt === 3) throw new Error(`three clicks on ${button.toString()} sent no request`);
  }
}
