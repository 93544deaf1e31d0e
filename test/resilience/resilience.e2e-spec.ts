import { resolveAuthConfig, signToken } from '@hotline/auth';
import {
  ALL_BACKENDS,
  auditDeliveries,
  deliveryAuditRows,
  eventually,
  expectEveryDeliveryOnce,
  freePort,
  RunningPlatform,
  startPlatform,
} from '@hotline/testing';
import { connect } from 'nats';
import { Client } from 'pg';
import { copiesBehind } from './followed-copies';
import { PrivateServer, startPrivateNats, startPrivatePostgres } from './private-servers';
import { SteadyLoad } from './steady-load';

const PREFIX = 'resilience';
/** The services whose applied events the test counts (handling: its copies, which it keeps without an inbox). */
const CONSUMERS = ['supervision', 'dispatch', 'handling'];

/**
 * Under steady load: kill -9 every service in turn, restart NATS, restart Postgres (servers of the test's own).
 * Afterwards every request that got a 2xx has exactly one work order, every event was applied exactly once by
 * each consumer, every dispatch answered 200 reached the copies that follow it, and nothing is stuck in an outbox or
 * dead-lettered.
 */
describe('nothing is lost when a service, NATS or Postgres dies under load', () => {
  let postgres: PrivateServer;
  let nats: PrivateServer;
  let platform: RunningPlatform;
  let databaseUrl: string;
  const log: string[] = [];

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
    const auth = resolveAuthConfig({}, () => undefined);
    const tokenOf = (sub: string, role: string) => `Bearer ${signToken({ sub, roles: [role] as never }, auth, '1h')}`;
    const units = (await (
      await fetch(`${platform.gatewayUrl}/api/v1/units`, { headers: { authorization: tokenOf('load-admin', 'admin') } })
    ).json()) as { items: Array<{ id: string }> };
    const load = new SteadyLoad(platform.gatewayUrl, tokenOf('load', 'operator'), 4, units.items[0]?.id);
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

    // Settled, or after a minute whatever it came to: the table and the assertions below say what is missing.
    const audit = await auditDeliveries(databaseUrl, load.accepted, 60_000);
    const behind = await copiesBehind(databaseUrl, load.dispatched, 30_000);
    const nc = await connect({ servers: nats.url });
    const stream = await (
      await nc.jetstreamManager()
    ).streams.info(`${PREFIX.toUpperCase()}_WORKORDER`, { subjects_filter: '>' });
    await nc.close();
    const inStream = stream.state.subjects?.[`${PREFIX}.hotline.workorder.created.v1`] ?? 0;

    const table = [
      ['requests answered 2xx', load.accepted.size],
      ['requests failed (by kind)', JSON.stringify(Object.fromEntries(load.failures))],
      ...deliveryAuditRows(audit, inStream),
      ['dispatched (answered 200)', load.dispatched.size],
      ["dispatched, behind in handling's copy", behind.handling],
      ["dispatched, behind in intake's copy", behind.intake],
    ];
    console.warn(`${log.join('\n')}\n${table.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`);

    expect(load.accepted.size).toBeGreaterThan(50);
    expectEveryDeliveryOnce(audit, inStream);
    expect(load.dispatched.size).toBeGreaterThan(50);
    expect(behind).toEqual({ handling: 0, intake: 0 });
  }, 300_000);
});
