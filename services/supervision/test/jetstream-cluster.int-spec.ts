import { eventually, publishCreated, workOrderJourney } from '@hotline/testing';
import { connect, NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import { NatsCluster, startNatsCluster } from '@hotline/testing';
import { startSupervisionWithProducer, SupervisionWithProducer } from './supervision-with-producer';

/**
 * The short version of `npm run test:cluster`: events written into an outbox while the WORKORDER stream's leader of
 * a 3-node JetStream cluster (R3) is killed with kill -9 and started again all reach supervision, each applied once.
 */
describe('outbox and consumers across a JetStream leader loss (3-node cluster, R3)', () => {
  let cluster: NatsCluster;
  let running: SupervisionWithProducer | undefined;
  let nc: NatsConnection;

  beforeAll(async () => {
    cluster = await startNatsCluster(3);
    nc = await connect({ servers: cluster.nodes.map((node) => node.clientUrl), maxReconnectAttempts: -1 });
    running = await startSupervisionWithProducer('jscluster', {
      NATS_URL: cluster.url,
      HOTLINE_STREAM_REPLICAS: '3',
      HOTLINE_ACK_WAIT_MS: '5000',
      HOTLINE_RETRY_BASE_MS: '200',
      HOTLINE_RETRY_MAX_MS: '2000',
    });
  }, 180_000);

  afterAll(async () => {
    await running?.stop();
    await nc?.close().catch(() => undefined);
    await cluster?.stop();
  });

  it('applies every event exactly once though the stream leader was killed and restarted', async () => {
    const { producer, supervision, environment } = running!;
    const stream = `${environment.natsPrefix.toUpperCase()}_WORKORDER`;
    const leaderOf = async () =>
      (await (await nc.jetstreamManager({ timeout: 500, checkAPI: false })).streams.info(stream)).cluster?.leader;
    const written: string[] = [];
    const write = async (n: number) => {
      for (let index = 0; index < n; index++) {
        const { created } = workOrderJourney([]);
        await publishCreated(producer, created, { number: `XTC${Date.now()}${index}` });
        written.push(created.id);
      }
    };

    await write(10);
    const leader = (await eventually(leaderOf, (name) => name !== undefined, 30_000))!;
    const killedAt = Date.now();
    await cluster.node(leader).kill9();
    const elected = eventually(
      () => leaderOf().catch(() => undefined),
      (name) => name !== undefined && name !== leader,
      60_000,
      50,
    ).then((name) => ({ name, withoutLeaderMs: Date.now() - killedAt }));
    await write(20); // while the stream elects a new leader
    const { name: newLeader, withoutLeaderMs } = await elected;
    await write(10);
    await cluster.node(leader).start();
    await write(10);

    const db = supervision.get(DataSource);
    const producerDb = producer.get(DataSource);
    const state = async () => ({
      unsent: Number(
        (await producerDb.query(`SELECT count(*)::int AS n FROM producer.outbox WHERE sent_at IS NULL`))[0].n,
      ),
      applied: Number(
        (
          await db.query(
            `SELECT count(DISTINCT work_order_id)::int AS n FROM supervision.timeline_entries WHERE type = 'workorder.created'`,
          )
        )[0].n,
      ),
      twice: Number(
        (
          await db.query(`SELECT count(*)::int AS n FROM (SELECT work_order_id FROM supervision.timeline_entries
            WHERE type = 'workorder.created' GROUP BY 1 HAVING count(*) > 1) t`)
        )[0].n,
      ),
    });
    const final = await eventually(state, (s) => s.unsent === 0 && s.applied === written.length, 60_000, 250).catch(
      state,
    );
    console.warn(
      `| leader killed | ${leader} |\n| new leader | ${newLeader} |\n| time without a leader (ms) | ${withoutLeaderMs} |\n` +
        `| events written | ${written.length} |\n| applied by supervision | ${final.applied} |\n` +
        `| outbox rows stuck | ${final.unsent} |\n| applied twice | ${final.twice} |`,
    );
    expect(final).toEqual({ unsent: 0, applied: written.length, twice: 0 });
  });
});
