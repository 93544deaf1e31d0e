import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

/** A server of the test's own, so that it can be killed and restarted without touching anyone else's. */
export interface PrivateServer {
  url: string;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

async function until(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** nats-server with JetStream on `port`, its store in a temporary folder kept across restarts. */
export async function startPrivateNats(port: number): Promise<PrivateServer> {
  const store = mkdtempSync(join(tmpdir(), 'hotline-nats-'));
  let child: ChildProcess | undefined;
  const url = `nats://127.0.0.1:${port}`;
  const start = async () => {
    child = spawn('/usr/sbin/nats-server', ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store], {
      stdio: 'ignore',
    });
    await until(() => tcpOpen(port), `nats on ${port}`);
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url, restart: async () => (await stop(), await start()), stop };
}

function tcpOpen(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = tcpConnect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** A Postgres cluster of its own (initdb in a temporary folder, trust auth) on `port`, run as the postgres user. */
export async function startPrivatePostgres(port: number): Promise<PrivateServer> {
  const bin = join('/usr/lib/postgresql', readdirSync('/usr/lib/postgresql')[0]!, 'bin');
  if (!existsSync(join(bin, 'initdb'))) throw new Error(`no Postgres binaries in ${bin}`);
  const data = mkdtempSync(join(tmpdir(), 'hotline-pg-'));
  chmodSync(data, 0o777);
  const asPostgres = (command: string, args: string[]) => {
    const [file, prefix] =
      process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', join(bin, command)]] : [join(bin, command), []];
    execFileSync(file as string, [...(prefix as string[]), ...args], { stdio: 'ignore' });
  };
  asPostgres('initdb', ['-D', `${data}/db`, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${data} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=300`;
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const ready = () =>
    until(async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.end();
      return true;
    }, `postgres on ${port}`);
  const start = async () => (
    asPostgres('pg_ctl', ['-D', `${data}/db`, '-o', options, '-l', `${data}/log`, '-w', 'start']),
    await ready()
  );
  const stopFast = async () => asPostgres('pg_ctl', ['-D', `${data}/db`, '-m', 'immediate', '-w', 'stop']);
  await start();
  return { url, restart: async () => (await stopFast(), await start()), stop: stopFast };
}
