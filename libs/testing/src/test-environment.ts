import { randomBytes } from 'node:crypto';
import { connect } from 'nats';
import { Client } from 'pg';
import { findInfrastructure, Infrastructure } from './infrastructure';

export interface TestEnvironment {
  /** URL of this run's own database, created empty. */
  databaseUrl: string;
  natsUrl: string;
  /** Prefix of this run's subjects and streams. */
  natsPrefix: string;
  /**
   * Environment variables that point a service at this run's database and namespace, and the gateway's metrics at a
   * port the system chooses (runs side by side must not share a fixed port).
   */
  env: Record<string, string>;
  teardown(): Promise<void>;
}

/**
 * A database and a NATS namespace of one's own, so runs never collide and leave nothing behind:
 * teardown drops the database and deletes the run's streams.
 */
export async function createTestEnvironment(label = 'test'): Promise<TestEnvironment> {
  const infrastructure = await findInfrastructure();
  const id = `${label.replace(/[^a-z0-9]/gi, '').toLowerCase()}${randomBytes(4).toString('hex')}`;
  const databaseName = `hotline_${id}`;
  await withAdmin(infrastructure, (admin) => admin.query(`CREATE DATABASE "${databaseName}"`));
  const databaseUrl = new URL(infrastructure.adminDatabaseUrl);
  databaseUrl.pathname = `/${databaseName}`;
  const natsPrefix = `t${id}`;
  return {
    databaseUrl: databaseUrl.toString(),
    natsUrl: infrastructure.natsUrl,
    natsPrefix,
    env: {
      DATABASE_URL: databaseUrl.toString(),
      NATS_URL: infrastructure.natsUrl,
      HOTLINE_NATS_PREFIX: natsPrefix,
      METRICS_PORT: '0',
    },
    teardown: async () => {
      await deleteStreams(infrastructure.natsUrl, natsPrefix);
      await withAdmin(infrastructure, (admin) => admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));
      await infrastructure.stop();
    },
  };
}

async function withAdmin<T>(infrastructure: Infrastructure, work: (client: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: infrastructure.adminDatabaseUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

async function deleteStreams(natsUrl: string, prefix: string): Promise<void> {
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await nc.jetstreamManager();
    const streams = await jsm.streams.names().next();
    for (const name of streams.filter((stream) => stream.startsWith(`${prefix.toUpperCase()}_`)))
      await jsm.streams.delete(name);
  } finally {
    await nc.close();
  }
}
