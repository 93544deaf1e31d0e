import { connect, JSONCodec } from 'nats';
import { Pool } from 'pg';
import { runClients } from './recorder';

/** Single-row inserts per second through a pool with `clients` concurrent callers: the raw limit of this Postgres. */
export async function rawInsertsPerSecond(databaseUrl: string, clients: number, seconds: number): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: clients });
  await pool.query(
    'CREATE TABLE IF NOT EXISTS bench_raw_rows (id bigserial PRIMARY KEY, body jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())',
  );
  try {
    const done = await runClients(clients, seconds, async () => {
      await pool.query('INSERT INTO bench_raw_rows (body) VALUES ($1)', [
        { content: '小区路灯坏了一周', district: '雨湖区' },
      ]);
    });
    return done / seconds;
  } finally {
    await pool.query('DROP TABLE bench_raw_rows');
    await pool.end();
  }
}

/** Acknowledged JetStream publishes per second (file storage, like the platform's streams), `clients` in flight. */
export async function rawJetStreamPublishesPerSecond(
  natsUrl: string,
  prefix: string,
  clients: number,
  seconds: number,
): Promise<number> {
  const nc = await connect({ servers: natsUrl });
  const stream = `${prefix.toUpperCase()}_BENCH_RAW`;
  const subject = `${prefix}.bench.raw`;
  const jsm = await nc.jetstreamManager();
  await jsm.streams.add({ name: stream, subjects: [subject] });
  try {
    const js = nc.jetstream();
    const codec = JSONCodec();
    let sequence = 0;
    const done = await runClients(clients, seconds, async () => {
      sequence += 1;
      await js.publish(subject, codec.encode({ id: sequence, type: 'workorder.created' }), {
        msgID: `raw-${sequence}`,
      });
    });
    return done / seconds;
  } finally {
    await jsm.streams.delete(stream);
    await nc.close();
  }
}
