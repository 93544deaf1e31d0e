import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** The folder with nx.json: found by walking up, so this works from the sources and from a compiled copy in dist/. */
export const WORKSPACE_ROOT = findWorkspaceRoot(__dirname);

function findWorkspaceRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'nx.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no nx.json above ${from}`);
  }
}
export const ALL_BACKENDS = [
  'intake',
  'dispatch',
  'handling',
  'callbacks',
  'supervision',
  'knowledge',
  'linkage',
] as const;

export interface RunningService {
  name: string;
  process: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

// Ports below the kernel's ephemeral range (32768-60999 on Linux), so an outgoing connection to Postgres or NATS can
// never take a port between the moment it is chosen and the moment a service listens on it. Each Jest worker draws
// from its own block, so two test files running at once never choose the same one; HOTLINE_TEST_PORT_BLOCK (0-7)
// gives each checkout its own block when several test runs share a machine.
const PORT_BLOCK_SIZE = 1_500;
const FIRST_TEST_PORT = 20_000;
const workerBlock =
  (Number(process.env['HOTLINE_TEST_PORT_BLOCK'] ?? '0') + Number(process.env['JEST_WORKER_ID'] ?? '1') - 1) % 8;
let nextPortOffset = Math.floor(Math.random() * PORT_BLOCK_SIZE);

/** A port no one listens on now, on any address, that no other call in this test run hands out while it is in use. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < PORT_BLOCK_SIZE; attempt++) {
    const port = FIRST_TEST_PORT + workerBlock * PORT_BLOCK_SIZE + (nextPortOffset++ % PORT_BLOCK_SIZE);
    if (await canListenOn(port)) return port;
  }
  throw new Error(`no free port in block ${workerBlock} of the test ports`);
}

function canListenOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

/** Starts one compiled service (`npm run build` first) as its own process, as production does. */
export function startBuiltService(name: string, env: Record<string, string>): RunningService {
  const main = path.join(WORKSPACE_ROOT, 'dist', 'services', name, 'src', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` before the end-to-end tests`);
  const child = spawn(process.execPath, ['-r', './scripts/dist-paths.cjs', main], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { name, process: child, output: () => output, exited };
}

/** Sends a signal and measures how long the process takes to exit; kills it after `limitMs`. */
export async function stopService(
  service: RunningService,
  signal: NodeJS.Signals,
  limitMs: number,
): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  if (service.process.exitCode !== null) return { code: service.process.exitCode, ms: 0 };
  service.process.kill(signal);
  const timer = setTimeout(() => service.process.kill('SIGKILL'), limitMs);
  const { code } = await service.exited;
  clearTimeout(timer);
  return { code, ms: Date.now() - started };
}
