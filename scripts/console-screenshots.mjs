#!/usr/bin/env node
// `npm run console:screenshots`: PNGs of each role's main screen at 1366×768, against a seeded platform, and the
// console's bundle size and first-load time over loopback. Uses HOTLINE_CONSOLE_URL (a running `npm start`) or starts
// the built platform itself (scripts/start.mjs --no-build) and stops it afterwards.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
// the console tests' Chromium and screen (Node strips the types of a .ts it imports)
import { launchChromium, SCREEN } from '../services/console/test/support/browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.env.HOTLINE_SCREENSHOTS_DIR ?? path.join(root, 'dist', 'screenshots', 'console'));
const say = (line) => process.stdout.write(`[screenshots] ${line}\n`);

async function platformUrl() {
  if (process.env.HOTLINE_CONSOLE_URL)
    return { url: process.env.HOTLINE_CONSOLE_URL.replace(/\/$/, ''), stop: () => {} };
  const port = process.env.PORT ?? '3300';
  const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
    cwd: root,
    env: { ...process.env, PORT: port },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('[start] ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the platform stopped (${code}) before it was ready`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

async function tokenFor(url, roles, unitId) {
  const response = await fetch(`${url}/api/v1/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ roles, ...(unitId ? { unitId } : {}) }),
  });
  if (!response.ok) throw new Error(`dev-token answered ${response.status}: ${await response.text()}`);
  return (await response.json()).token;
}

async function call(url, token, method, route, body) {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  return response.json();
}

/** A few work orders so that every screen has something on it. */
async function seed(url) {
  const operator = await tokenFor(url, ['operator']);
  const unit = await tokenFor(url, ['unit'], 'xt-cgj');
  const matters = ['韶山西路路灯不亮已有一周', '城正街井盖缺失，夜间行人易跌倒', '雨湖公园附近噪音扰民'];
  for (const [index, content] of matters.entries()) {
    const recorded = await call(url, operator, 'POST', '/api/v1/requests', {
      channel: 'phone',
      caller: { name: '陈秀英', phone: '13907321234' },
      content,
      type: 'complaint',
      category: '路灯',
      location: { district: '雨湖区' },
    });
    const id = recorded.workOrder?.id;
    if (!id) continue;
    await call(url, operator, 'POST', `/api/v1/work-orders/${id}/dispatch`, { leadUnitId: 'xt-cgj' });
    if (index === 0)
      await new Promise((resolve) => setTimeout(resolve, 1500)).then(() =>
        call(url, unit, 'POST', `/api/v1/work-orders/${id}/sign`, {}),
      );
  }
}

async function signIn(browser, url, roles, unitId) {
  const context = await browser.newContext({ viewport: SCREEN, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const token = await tokenFor(url, roles, unitId);
  await page.goto(`${url}/console/`);
  await page.evaluate(
    ([token, roles, unitId]) =>
      sessionStorage.setItem(
        'hotline.console.session',
        JSON.stringify({ token, sub: `dev-${roles[0]}`, roles, unitId, activeRole: roles[0] }),
      ),
    [token, roles, unitId],
  );
  return page;
}

function bundle() {
  const assets = path.join(root, 'dist', 'console', 'assets');
  return readdirSync(assets).map((file) => {
    const bytes = readFileSync(path.join(assets, file));
    return {
      file,
      kB: Math.round(statSync(path.join(assets, file)).size / 1024),
      gzipKB: Math.round(gzipSync(bytes).length / 1024),
    };
  });
}

const platform = await platformUrl();
const browser = await launchChromium();
try {
  mkdirSync(out, { recursive: true });
  await seed(platform.url);
  const firstLoad = await (async () => {
    const context = await browser.newContext({ viewport: SCREEN });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${platform.url}/console/`, { waitUntil: 'load' });
    await page.getByTestId('sign-in-submit').waitFor();
    const interactiveMs = Date.now() - started;
    const timing = await page.evaluate(() => ({
      ...JSON.parse(JSON.stringify(performance.getEntriesByType('navigation')[0])),
      // every script and style of the first screen, as sent (compressed: the gateway sends br or gzip)
      resourcesBytes: performance.getEntriesByType('resource').reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    }));
    await page.screenshot({ path: path.join(out, 'sign-in.png') });
    await context.close();
    return {
      interactiveMs,
      loadEventMs: Math.round(timing.loadEventEnd),
      transferKB: Math.round((timing.encodedBodySize + timing.resourcesBytes) / 1024),
    };
  })();
  const screens = [
    { name: 'operator', roles: ['operator'], path: '/operator', ready: 'record-request' },
    { name: 'unit-inbox', roles: ['unit'], unitId: 'xt-cgj', path: '/unit', ready: 'inbox-order' },
    { name: 'reviewer', roles: ['reviewer'], path: '/reviewer?tab=callbacks', ready: 'queue-callbacks' },
    { name: 'supervisor', roles: ['supervisor'], path: '/supervisor?tab=board&board=due-soon', ready: 'unit-chart' },
    { name: 'supervisor-cases', roles: ['supervisor'], path: '/supervisor?tab=cases', ready: 'cases' },
    { name: 'unit-cases', roles: ['unit'], unitId: 'xt-cgj', path: '/unit/cases?status=all', ready: 'unit-cases' },
    { name: 'reports', roles: ['supervisor'], path: '/reports', ready: 'trend-chart' },
    { name: 'admin-calendar', roles: ['admin'], path: '/admin?tab=calendar', ready: 'working-days' },
  ];
  for (const screen of screens) {
    const page = await signIn(browser, platform.url, screen.roles, screen.unitId);
    await page.goto(`${platform.url}/console${screen.path}`);
    await page
      .getByTestId(screen.ready)
      .first()
      .waitFor({ timeout: 20_000 })
      .catch(() => say(`${screen.name}: ${screen.ready} did not show`));
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(out, `${screen.name}.png`) });
    if (screen.name === 'unit-inbox') {
      await page.getByTestId('inbox-order').first().click();
      await page
        .getByTestId('order-matter')
        .waitFor({ timeout: 20_000 })
        .catch(() => undefined);
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(out, 'unit-work-order.png') });
    }
    await page.context().close();
    say(`${screen.name}.png`);
  }
  say(`written to ${out}`);
  say(`bundle ${JSON.stringify(bundle())}`);
  say(`first load over loopback ${JSON.stringify(firstLoad)}`);
} finally {
  await browser.close();
  platform.stop();
}
