// The floor of the platform's shape, service side: a NATS responder that writes a row and an outbox row in
// one transaction and answers. No framework, validation, encryption or tracing: the least any service does.
import { connect, JSONCodec } from 'nats';
import { Pool } from 'pg';

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 8 });
  await pool.query('CREATE TABLE IF NOT EXISTS bench_floor_rows (id bigserial PRIMARY KEY, body jsonb NOT NULL)');
  await pool.query('CREATE TABLE IF NOT EXISTS bench_floor_outbox (id bigserial PRIMARY KEY, event jsonb NOT NULL)');
  const nc = await connect({ servers: process.env['NATS_URL'] });
  const codec = JSONCodec<Record<string, unknown>>();
  const subscription = nc.subscribe(`${process.env['FLOOR_SUBJECT']}`, { queue: 'floor' });
  process.send?.('ready');
  for await (const message of subscription) {
    void (async () => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query('INSERT INTO bench_floor_rows (body) VALUES ($1) RETURNING id', [
          codec.decode(message.data),
        ]);
        await client.query('INSERT INTO bench_floor_outbox (event) VALUES ($1)', [{ type: 'created', id: rows[0].id }]);
        await client.query('COMMIT');
        message.respond(codec.encode({ id: rows[0].id }));
      } finally {
        client.release();
      }
    })();
  }
}

void main();
