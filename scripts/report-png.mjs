#!/usr/bin/env node
// R24.1 writes a PNG (and with --pdf an A4 PDF) of the printable monthly 通报, rendered by Debian's headless Chromium
// through playwright-core. From a running gateway:  npm run report:png -- --month 2026-10 [--url http://127.0.0.1:3000]
// or from a saved page:                               npm run report:png -- --html report.html --out report.png
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.HOTLINE_CHROMIUM ?? '/usr/bin/chromium';
const A4_WIDTH_PX = 794; // 210 mm at 96 dpi

const { values } = parseArgs({
  options: {
    month: { type: 'string' },
    url: { type: 'string', default: process.env.HOTLINE_GATEWAY_URL ?? 'http://127.0.0.1:3000' },
    html: { type: 'string' },
    out: { type: 'string' },
    pdf: { type: 'string' },
  },
});
if (!values.html && !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month ?? '')) {
  process.stderr.write(
    'usage: npm run report:png -- --month YYYY-MM [--url <gateway>] [--out file.png] [--pdf file.pdf]\n',
  );
  process.stderr.write('       npm run report:png -- --html report.html [--out file.png] [--pdf file.pdf]\n');
  process.exit(2);
}

async function pageHtml() {
  if (values.html) return readFileSync(values.html, 'utf8');
  const token = execFileSync(process.execPath, ['scripts/token.mjs', '--role', 'supervisor', '--ttl', '5m'])
    .toString()
    .trim();
  const response = await fetch(`${values.url}/api/v1/reports/monthly?month=${values.month}&format=html`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`the gateway answered ${response.status}: ${await response.text()}`);
  return response.text();
}

const html = await pageHtml();
const out = values.out ?? `report-${values.month ?? 'page'}.png`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: A4_WIDTH_PX, height: 1123 } });
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path: out, fullPage: true });
  if (values.pdf) await page.pdf({ path: values.pdf, format: 'A4', printBackground: true });
  const { svgs, height } = await page.evaluate(() => ({
    svgs: document.querySelectorAll('svg').length,
    height: document.documentElement.scrollHeight,
  }));
  writeFileSync(1, `${JSON.stringify({ png: out, pdf: values.pdf ?? null, svgs, width: A4_WIDTH_PX, height })}\n`);
} finally {
  await browser.close();
}
