// Shared by ensure-infra and start: is Postgres / NATS JetStream reachable, and how to start them here.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hotline';
export const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

export function hostPort(url, defaultPort) {
  const parsed = new URL(url);
  return { host: parsed.hostname || '127.0.0.1', port: Number(parsed.port || defaultPort) };
}

export function reachable({ host, port }, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function waitFor(target, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await reachable(target)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const isLocal = ({ host }) => ['127.0.0.1', 'localhost', '::1'].includes(host);

/** Start commands of the locally installed servers (Debian packages), or null when not installed. */
export function localStartCommand(kind) {
  if (kind === 'postgres' && existsSync('/etc/postgresql')) {
    const version = readdirSync('/etc/postgresql')[0];
    return version && `pg_ctlcluster --skip-systemctl-redirect ${version} main start`;
  }
  if (kind === 'nats' && existsSync('/usr/sbin/nats-server')) {
    return 'start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log';
  }
  return null;
}

export async function ensureServer(kind, target, log) {
  if (await reachable(target)) return;
  const command = isLocal(target) ? localStartCommand(kind) : null;
  if (!command) {
    throw new Error(
      `${kind} is not reachable at ${target.host}:${target.port} and is not installed here to start. Install it, or set ${kind === 'postgres' ? 'DATABASE_URL' : 'NATS_URL'}.`,
    );
  }
  log(`${kind} is down; starting it: ${command}`);
  execSync(command, { stdio: 'inherit' });
  if (!(await waitFor(target, 30))) throw new Error(`${kind} did not come up at ${target.host}:${target.port}`);
}
