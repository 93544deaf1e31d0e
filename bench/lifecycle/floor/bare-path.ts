import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import { freePort } from '@hotline/testing';
import { call } from '../http-client';
import { runClients } from '../recorder';

function start(script: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = fork(join(__dirname, script), { env: { ...process.env, ...env }, stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

/**
 * Requests per second through the platform's shape with nothing of the platform in it: HTTP to a bare
 * node:http gateway, a NATS request to a bare service, a transaction with two inserts. What no service of
 * this shape can beat on this machine; the platform's intake is reported as a share of it.
 */
export async function barePathRequestsPerSecond(
  databaseUrl: string,
  natsUrl: string,
  prefix: string,
  clients: number,
  seconds: number,
): Promise<number> {
  const port = await freePort();
  const env = {
    DATABASE_URL: databaseUrl,
    NATS_URL: natsUrl,
    FLOOR_SUBJECT: `${prefix}.bench.floor`,
    PORT: String(port),
  };
  const children = [await start('floor-service.js', env), await start('floor-gateway.js', env)];
  try {
    const body = { content: '小区路灯坏了一周', district: '雨湖区' };
    const done = await runClients(clients, seconds, () =>
      call(`http://127.0.0.1:${port}`, 'POST', '/', 'none', body, 201).then(() => undefined),
    );
    return done / seconds;
  } finally {
    for (const child of children) child.kill('SIGKILL');
    const pool = new Pool({ connectionString: databaseUrl, max: 1 });
    await pool.query('DROP TABLE IF EXISTS bench_floor_rows, bench_floor_outbox');
    await pool.end();
  }
}
