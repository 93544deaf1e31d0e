import { resolveAuthConfig, signToken } from '@hotline/auth';
import { ALL_BACKENDS, eventually, freePort, RunningPlatform, startPlatform } from '@hotline/testing';
import { connect } from 'nats';
import { Client } from 'pg';
import { PrivateServer, startPrivateNats, startPrivatePostgres } from './private-servers';
import { SteadyLoad } from './steady-load';

const PREFIX = 'resilience';
/** The services whose applied events the test counts. */
const CONSUMERS = ['supervision', 'dispatch'];

/**
 * Under steady load: kill -9 every service in turn, restart NATS, restart Postgres (servers of the test's own).
 * Afterwards every request that got a 2xx has exactly one work order, every event was applied exactly once by
 * each consumer, and nothing is stuck in an outbox or dead-lettered.
 */
describe('nothing is lost when a service, NATS or Postgres dies under load', () => {
  let postgres: PrivateServer;
  let nats: PrivateServer;
  let platform: RunningPlatform;
  let databaseUrl: string;
  const log: string[] = [];

  const query = async <T = Record<string, unknown>>(sql: string): Promise<T[]> => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const count = async (sql: string) => Number((await query<{ n: string }>(sql))[0]!.n);

  beforeAll(async () => {
    postgres = await startPrivatePostgres(await freePort());
    nats = await startPrivateNats(await freePort());
    const admin = new Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query('CREATE DATABASE hotline');
    await admin.end();
    databaseUrl = postgres.url.replace(/\/postgres$/, '/hotline');
    platform = await startPlatform({
      DATABASE_URL: databaseUrl,
      NATS_URL: nats.url,
      HOTLINE_NATS_PREFIX: PREFIX,
      HOTLINE_RETRY_BASE_MS: '200',
      HOTLINE_RETRY_MAX_MS: '2000',
      HOTLINE_MAX_DELIVER: '30',
      HOTLINE_ACK_WAIT_MS: '5000',
      HOTLINE_RPC_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'warn',
    });
  });

  afterAll(async () => {
    await platform?.stop();
    await nats?.stop();
    await postgres?.stop();
  });

  async function killAmidBacklog(name: string): Promise<void> {
    const service = () => platform.services.find((candidate) => candidate.name === name)!;
    service().process.kill('SIGSTOP');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    service().process.kill('SIGCONT');
    await new Promise((resolve) => setTimeout(resolve, 60));
    await platform.killAndRestart(name);
  }

  async function recovered(fault: string, started: number): Promise<void> {
    await eventually(
      () =>
        fetch(`${platform.gatewayUrl}/readyz`).then(
          (r) => r.status,
          () => 0,
        ),
      (status) => status === 200,
      90_000,
      250,
    );
    log.push(`${fault}: ready again after ${Date.now() - started} ms`);
  }

  it('keeps every accepted request and applies every event exactly once', async () => {
    const token = `Bearer ${signToken(
      { sub: 'load', roles: ['operator'] as never },
      resolveAuthConfig({}, () => undefined),
      '1h',
    )}`;
    const load = new SteadyLoad(platform.gatewayUrl, token, 4);
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const faults: Array<[string, () => Promise<void>]> = [
      ...[...ALL_BACKENDS, 'gateway'].map((name): [string, () => Promise<void>] => [
        `kill -9 ${name}`,
        () => platform.killAndRestart(name),
      ]),
      // A consumer killed while it works through a backlog: the events it was handling must come again.
      ...CONSUMERS.map((name): [string, () => Promise<void>] => [
        `kill -9 ${name} amid a backlog`,
        () => killAmidBacklog(name),
      ]),
      ['restart NATS', () => nats.restart()],
      ['restart Postgres', () => postgres.restart()],
    ];
    for (const [fault, inject] of faults) {
      await pause(2_000);
      const started = Date.now();
      await inject();
      await recovered(fault, started);
    }
    await pause(2_000);
    await load.stop();

    const workOrders = () => count('SELECT count(*) AS n FROM intake.work_orders');
    const settled = async () => {
      const unsent = await count(`SELECT sum(n) AS n FROM (
        SELECT count(*) AS n FROM intake.outbox WHERE sent_at IS NULL UNION ALL SELECT count(*) FROM supervision.outbox WHERE sent_at IS NULL) t`);
      const timeline = await count(
        `SELECT count(*) AS n FROM supervision.timeline_entries WHERE type = 'workorder.created'`,
      );
      const dispatchCopies = await count('SELECT count(*) AS n FROM dispatch.work_order_states');
      return { unsent, timeline, dispatchCopies, workOrders: await workOrders() };
    };
    // Settled, or after a minute whatever it came to: the table and the assertions below say what is missing.
    const final = await eventually(
      settled,
      (s) => s.unsent === 0 && s.timeline === s.workOrders && s.dispatchCopies === s.workOrders,
      60_000,
      500,
    ).catch(settled);

    const ids = new Set((await query<{ id: string }>('SELECT id FROM intake.work_orders')).map((row) => row.id));
    const missing = [...load.accepted].filter((id) => !ids.has(id));
    const createdEvents = await count(`SELECT count(*) AS n FROM intake.outbox WHERE type = 'workorder.created'`);
    const duplicatesInTimeline = await count(
      `SELECT count(*) AS n FROM (SELECT work_order_id FROM supervision.timeline_entries WHERE type = 'workorder.created' GROUP BY 1 HAVING count(*) > 1) t`,
    );
    const deadLetters = await count(
      `SELECT (SELECT count(*) FROM supervision.dead_letters) + (SELECT count(*) FROM dispatch.dead_letters) AS n`,
    );
    const nc = await connect({ servers: nats.url });
    const stream = await (
      await nc.jetstreamManager()
    ).streams.info(`${PREFIX.toUpperCase()}_WORKORDER`, { subjects_filter: '>' });
    await nc.close();
    const inStream = stream.state.subjects?.[`${PREFIX}.hotline.workorder.created.v1`] ?? 0;

    const table = [
      ['requests answered 2xx', load.accepted.size],
      ['requests failed (by kind)', JSON.stringify(Object.fromEntries(load.failures))],
      ['work orders in intake', final.workOrders],
      ['created events in intake outbox', createdEvents],
      ['created events in the stream', inStream],
      ['applied by supervision (timeline)', final.timeline],
      ['applied by dispatch (copies)', final.dispatchCopies],
      ['accepted but missing', missing.length],
      ['applied twice', duplicatesInTimeline],
      ['outbox rows stuck', final.unsent],
      ['dead letters', deadLetters],
    ];
    console.warn(`${log.join('\n')}\n${table.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`);

    expect(load.accepted.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
    expect(createdEvents).toBe(final.workOrders);
    expect(inStream).toBe(final.workOrders);
    expect(duplicatesInTimeline).toBe(0);
    expect(deadLetters).toBe(0);
    expect(final).toMatchObject({ unsent: 0, timeline: final.workOrders, dispatchCopies: final.workOrders });
  }, 300_000);
});
