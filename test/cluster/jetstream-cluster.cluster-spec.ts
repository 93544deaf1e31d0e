import { randomBytes } from 'node:crypto';
import { resolveAuthConfig, signToken } from '@hotline/auth';
import { JetStreamTopology, messagingOptions, NatsConnectionHolder } from '@hotline/messaging';
import {
  auditDeliveries,
  deliveryAuditRows,
  eventually,
  expectEveryDeliveryOnce,
  findInfrastructure,
  NatsCluster,
  RunningPlatform,
  startNatsCluster,
  startPlatform,
} from '@hotline/testing';
import { connect, NatsConnection } from 'nats';
import { Client } from 'pg';
import { SteadyLoad } from '../resilience/steady-load';

const PREFIX = 'cluster';
const STREAM = `${PREFIX.toUpperCase()}_WORKORDER`;
/** `npm run test:cluster` sets it: longer load and the leader killed twice; `npm test` runs once, briefly. */
const FULL = process.env['HOTLINE_CLUSTER_TEST'] === 'full';
const LEADER_KILLS = FULL ? 2 : 1;
const DOWN_MS = FULL ? 15_000 : 5_000;

/**
 * The platform on a 3-node NATS JetStream cluster (loopback, R3 streams) under steady intake: kill -9 the
 * WORKORDER stream's leader, later start it again. Every 2xx has exactly one work order, every event is applied
 * exactly once by each consumer counted (supervision's timeline, dispatch's copies), as the resilience test counts.
 */
describe('a 3-node JetStream cluster loses nothing when its stream leader is killed', () => {
  let cluster: NatsCluster;
  let platform: RunningPlatform;
  let admin: string;
  let databaseUrl: string;
  let nc: NatsConnection;
  const database = `hotline_cluster${randomBytes(4).toString('hex')}`;

  const withAdmin = async (sql: string) => {
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };

  beforeAll(async () => {
    admin = (await findInfrastructure()).adminDatabaseUrl;
    await withAdmin(`CREATE DATABASE "${database}"`);
    databaseUrl = admin.replace(/\/postgres$/, `/${database}`);
    cluster = await startNatsCluster(3);
    nc = await connect({ servers: cluster.nodes.map((node) => node.clientUrl), maxReconnectAttempts: -1 });
    const env = {
      DATABASE_URL: databaseUrl,
      NATS_URL: cluster.url,
      HOTLINE_NATS_PREFIX: PREFIX,
      HOTLINE_STREAM_REPLICAS: '3',
      HOTLINE_RETRY_BASE_MS: '200',
      HOTLINE_RETRY_MAX_MS: '2000',
      HOTLINE_MAX_DELIVER: '30',
      HOTLINE_ACK_WAIT_MS: '5000',
      HOTLINE_RPC_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'warn',
    };
    // The R3 streams created once, by the platform's own topology, before eight services ask for them at once (each
    // raft group's election can outlast a JetStream API timeout on a busy machine, and a service exits on it).
    const options = messagingOptions('cluster-setup', env);
    const holder = new NatsConnectionHolder(options);
    await new JetStreamTopology(holder, options).ensureStreams();
    await holder.onApplicationShutdown();
    platform = await startPlatform(env);
    // Eight services starting at once on a shared machine: minutes, not seconds.
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
    await nc?.close().catch(() => undefined);
    await cluster?.stop();
    await withAdmin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
  });

  /** The stream's leader and replicas as one live node sees them (undefined while there is no leader). */
  async function streamCluster(): Promise<{ leader?: string; replicas: Array<{ name: string; current: boolean }> }> {
    const info = await (await nc.jetstreamManager({ timeout: 500, checkAPI: false })).streams.info(STREAM);
    return { leader: info.cluster?.leader, replicas: info.cluster?.replicas ?? [] };
  }

  it('keeps every accepted request and applies every event exactly once', async () => {
    const replicas = await streamCluster();
    expect(replicas.replicas).toHaveLength(2);
    const token = `Bearer ${signToken(
      { sub: 'load', roles: ['operator'] as never },
      resolveAuthConfig({}, () => undefined),
      '1h',
    )}`;
    const load = new SteadyLoad(platform.gatewayUrl, token, 4);
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const kills: Array<{ leader: string; withoutLeaderMs: number; failed: Record<string, number>; back: number }> = [];

    for (let round = 0; round < LEADER_KILLS; round++) {
      await pause(FULL ? 10_000 : 4_000);
      const { leader } = await eventually(streamCluster, (state) => state.leader !== undefined, 30_000);
      const failuresBefore = new Map(load.failures);
      const killedAt = Date.now();
      await cluster.node(leader!).kill9();
      // Time without a leader: until a surviving node answers with a new leader.
      await eventually(
        () => streamCluster().catch(() => ({ leader: undefined, replicas: [] })),
        (state) => state.leader !== undefined && state.leader !== leader,
        60_000,
        50,
      );
      const withoutLeaderMs = Date.now() - killedAt;
      await pause(DOWN_MS);
      await cluster.node(leader!).start();
      const restartedAt = Date.now();
      await eventually(
        () => streamCluster().catch(() => ({ leader: undefined, replicas: [] })),
        (state) => state.replicas.length === 2 && state.replicas.every((replica) => replica.current),
        60_000,
        100,
      );
      const failed = Object.fromEntries(
        [...load.failures].map(([kind, n]) => [kind, n - (failuresBefore.get(kind) ?? 0)]).filter(([, n]) => n !== 0),
      );
      kills.push({ leader: leader!, withoutLeaderMs, failed, back: Date.now() - restartedAt });
    }
    await pause(3_000);
    await load.stop();

    const audit = await auditDeliveries(databaseUrl, load.accepted, 90_000);
    const stream = await (await nc.jetstreamManager()).streams.info(STREAM, { subjects_filter: '>' });
    const inStream = stream.state.subjects?.[`${PREFIX}.hotline.workorder.created.v1`] ?? 0;

    const table = [
      ['requests answered 2xx', load.accepted.size],
      ['requests failed, whole run (by kind)', JSON.stringify(Object.fromEntries(load.failures))],
      ...kills.flatMap((kill, index) => [
        [`kill ${index + 1}: stream leader killed`, kill.leader],
        [`kill ${index + 1}: time without a leader (ms)`, kill.withoutLeaderMs],
        [`kill ${index + 1}: requests failed until caught up (by status)`, JSON.stringify(kill.failed)],
        [`kill ${index + 1}: restarted node current after (ms)`, kill.back],
      ]),
      ...deliveryAuditRows(audit, inStream),
    ];
    console.warn(table.map(([key, value]) => `| ${key} | ${value} |`).join('\n'));
    if (audit.unsent > 0)
      for (const service of platform.services.filter((candidate) => ['intake', 'supervision'].includes(candidate.name)))
        console.warn(`${service.name}, last output:\n${service.output().slice(-3000)}`);

    expect(load.accepted.size).toBeGreaterThan(20);
    expectEveryDeliveryOnce(audit, inStream);
  }, 600_000);
});
