#!/usr/bin/env node
// `npm start`: ensures Postgres and NATS are up, builds, starts all eight services, prints the gateway URL,
// and stops them all on Ctrl-C. `npm start -- --only intake` runs one service; `--no-build` skips the build.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BACKENDS = ['intake', 'dispatch', 'handling', 'callbacks', 'supervision', 'knowledge', 'linkage'];
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const port = Number(process.env.PORT ?? 3000);
const say = (line) => process.stdout.write(`[start] ${line}\n`);

function runOrExit(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

runOrExit(process.execPath, ['scripts/ensure-infra.mjs']);
if (!args.includes('--no-build')) {
  say('building (tsc → dist/)');
  runOrExit('npm', ['run', '--silent', 'build']);
}

const names = only ? [only] : [...BACKENDS, 'gateway'];
const children = new Map();
let stopping = false;

function start(name) {
  const child = spawn(process.execPath, ['-r', './scripts/dist-paths.cjs', `dist/services/${name}/src/main.js`], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `${name.padEnd(11)} | `;
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) process.stdout.write(prefix + line + '\n');
    });
  }
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      say(`${name} exited unexpectedly (${signal ?? code}); stopping the others`);
      stop(1);
    } else if (children.size === 0) {
      say('all services stopped');
      process.exit(exitCode);
    }
  });
  children.set(name, child);
}

let exitCode = 0;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  say('stopping all services');
  for (const child of children.values()) child.kill('SIGTERM');
  if (children.size === 0) process.exit(exitCode);
  setTimeout(() => {
    say('services did not stop within 12 s; killing them');
    for (const child of children.values()) child.kill('SIGKILL');
    process.exit(1);
  }, 12_000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

names.forEach(start);

async function announceWhenReady() {
  if (!names.includes('gateway')) return;
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240 && !stopping; i++) {
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) {
      say(`ready — gateway at ${url}  (API docs ${url}/api/docs, readiness ${url}/readyz). Ctrl-C stops everything.`);
      say(`console at ${url}/console — development sign-in: tick a role (a unit also needs its id, e.g. xt-cgj)`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!stopping) say(`gateway at ${url} is not ready after 60 s; see ${url}/readyz`);
}
void announceWhenReady();
