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

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
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
