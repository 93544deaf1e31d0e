import { connect } from 'nats';
import { Client } from 'pg';

export const DEFAULT_ADMIN_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

export class MissingInfrastructureError extends Error {}

export interface Infrastructure {
  /** A database URL the tests may use to create and drop their own databases. */
  adminDatabaseUrl: string;
  natsUrl: string;
  stop(): Promise<void>;
}

/**
 * Postgres and NATS JetStream for tests: the servers named by DATABASE_URL and NATS_URL (defaults on
 * 127.0.0.1), or containers started by testcontainers where a Docker engine exists.
 */
export async function findInfrastructure(env: NodeJS.ProcessEnv = process.env): Promise<Infrastructure> {
  const adminDatabaseUrl = adminUrl(env['DATABASE_URL'] ?? DEFAULT_ADMIN_DATABASE_URL);
  const natsUrl = env['NATS_URL'] ?? DEFAULT_NATS_URL;
  const problems = await Promise.all([checkPostgres(adminDatabaseUrl), checkJetStream(natsUrl)]);
  if (problems.every((problem) => problem === null)) return { adminDatabaseUrl, natsUrl, stop: async () => undefined };
  const containers = await startContainers().catch((error: Error) => error);
  if (!(containers instanceof Error)) return containers;
  throw new MissingInfrastructureError(
    [
      'Integration tests need PostgreSQL and NATS with JetStream.',
      ...problems.filter(Boolean),
      `No Docker engine for testcontainers either (${containers.message}).`,
      'Start them with `node scripts/ensure-infra.mjs`, or point DATABASE_URL and NATS_URL at running servers.',
    ].join('\n  '),
  );
}

/** Tests create databases, so they connect to the server's maintenance database, not the app's. */
function adminUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

async function checkPostgres(url: string): Promise<string | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL at ${redact(url)}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkJetStream(url: string): Promise<string | null> {
  try {
    const nc = await connect({ servers: url, timeout: 3_000, maxReconnectAttempts: 0 });
    try {
      await (await nc.jetstreamManager()).getAccountInfo();
      return null;
    } finally {
      await nc.close();
    }
  } catch (error) {
    return `NATS JetStream at ${url}: ${(error as Error).message}`;
  }
}

async function startContainers(): Promise<Infrastructure> {
  const { existsSync } = await import('node:fs');
  if (!existsSync('/var/run/docker.sock') && !process.env['DOCKER_HOST']) throw new Error('no Docker socket');
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const { NatsContainer } = await import('@testcontainers/nats');
  const postgres = await new PostgreSqlContainer('postgres:15').start();
  const nats = await new NatsContainer('nats:2.10').withJetStream().start();
  return {
    adminDatabaseUrl: adminUrl(postgres.getConnectionUri()),
    natsUrl: `nats://${nats.getHost()}:${nats.getMappedPort(4222)}`,
    stop: async () => {
      await Promise.all([postgres.stop(), nats.stop()]);
    },
  };
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
