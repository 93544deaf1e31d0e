#!/usr/bin/env node
// Makes sure Debian's Chromium is installed, for the browser tests (console, printable reports). The tests drive it
// with playwright-core at HOTLINE_CHROMIUM (default /usr/bin/chromium); no browser is downloaded from elsewhere.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.HOTLINE_CHROMIUM ?? '/usr/bin/chromium';
const log = (line) => process.stdout.write(`[chromium] ${line}\n`);

if (existsSync(CHROMIUM)) {
  log(`${CHROMIUM} is installed`);
} else {
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (args) => {
    const [command, ...rest] = [...asRoot, ...args];
    execFileSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  log(`${CHROMIUM} is missing: installing Debian's chromium`);
  run(['apt-get', 'update', '-q']);
  run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', 'chromium', 'fonts-noto-cjk']);
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`[chromium] apt-get finished but ${CHROMIUM} is still missing\n`);
    process.exit(1);
  }
  log(`installed ${execFileSync(CHROMIUM, ['--version']).toString().trim()}`);
}
