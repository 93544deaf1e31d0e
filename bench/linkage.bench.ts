// npm run bench:linkage: transfers in per second through the built platform — a partner (110) hands over N matters on
// NATS, linkage keeps each once, intake records it, and 110 receives our acknowledgement with the work-order number —
// against raw JetStream publishes (awaited acks) of the same number of messages in the same run. Then branch events per
// second (R10.2): 12315 pushes N orders on NATS and linkage upserts each and writes its linkage.branch-order-synced,
// counted until every order is held, against raw JetStream publishes of N messages in the same run.
//   node -r ./scripts/dist-paths.cjs dist/bench/linkage.bench.js [--transfers 200] [--branch-orders 2000]
import { createTestEnvironment, eventually, startPlatform } from '@hotline/testing';
import { PartnerLine } from '@hotline/partner-contracts';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { connect } from 'nats';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { numberArgument } from './support/arguments';

const TRANSFERS = numberArgument('transfers', 200);
const BRANCH_ORDERS = numberArgument('branch-orders', 2000);

async function rawJetStreamPerSecond(env: Record<string, string>, prefix: string, messages: number): Promise<number> {
  const connection = await connect({ servers: env['NATS_URL'] });
  const manager = await connection.jetstreamManager();
  const stream = `${prefix.toUpperCase()}_BENCH_RAW`;
  await manager.streams.add({ name: stream, subjects: [`${prefix}.bench.raw`] });
  const js = connection.jetstream();
  const payload = new TextEncoder().encode(JSON.stringify({ matter: '工地夜间施工噪音扰民', reference: randomUUID() }));
  const started = performance.now();
  for (let sent = 0; sent < messages; sent += 1) await js.publish(`${prefix}.bench.raw`, payload);
  const seconds = (performance.now() - started) / 1000;
  await manager.streams.delete(stream);
  await connection.close();
  return messages / seconds;
}

async function transfersInPerSecond(env: Record<string, string>): Promise<number> {
  const police = await PartnerLine.connect(env, '110');
  const started = performance.now();
  for (let sent = 0; sent < TRANSFERS; sent += 1)
    await police.publish(
      police.envelope(new Date(), randomUUID(), {
        case: 'transfer',
        value: {
          category: '噪音扰民',
          matter: `工地夜间施工噪音扰民 ${sent}`,
          senderReference: `BENCH-${sent}`,
          requestType: 'complaint',
        },
      }),
    );
  await eventually(
    () => Promise.resolve(police.distinct().filter((envelope) => envelope.body.case === 'acknowledgement').length),
    (count) => count >= TRANSFERS,
    600_000,
    100,
  );
  const seconds = (performance.now() - started) / 1000;
  await police.close();
  return TRANSFERS / seconds;
}

async function branchEventsPerSecond(env: Record<string, string>, databaseUrl: string): Promise<number> {
  const branch = await PartnerLine.connect(env, '12315');
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const started = performance.now();
  for (let index = 1; index <= BRANCH_ORDERS; index += 1) {
    const at = timestampFromDate(new Date());
    await branch.publish(
      branch.envelope(new Date(), randomUUID(), {
        case: 'branchWorkOrder',
        value: {
          externalId: `BENCH-${index}`,
          number: `12315-${index}`,
          requestType: 'complaint',
          category: '消费投诉',
          matter: `商品质量问题 ${index}`,
          status: 'accepted',
          acceptedAt: at,
          updatedAt: at,
        },
      }),
    );
  }
  await eventually(
    async () =>
      Number(
        (await db.query<{ n: string }>(`SELECT count(*) AS n FROM linkage.branch_orders WHERE branch_code = '12315'`))
          .rows[0]?.n,
      ),
    (count) => count >= BRANCH_ORDERS,
    600_000,
    100,
  );
  const seconds = (performance.now() - started) / 1000;
  await db.end();
  await branch.close();
  return BRANCH_ORDERS / seconds;
}

const perSecond = (rate: number) => Math.round(rate * 10) / 10;

async function main(): Promise<void> {
  const environment = await createTestEnvironment('bench-linkage');
  const platform = await startPlatform(environment.env);
  try {
    const raw = await rawJetStreamPerSecond(environment.env, environment.natsPrefix, TRANSFERS);
    const transfers = await transfersInPerSecond(environment.env);
    process.stdout.write(
      `${JSON.stringify({ transfers: TRANSFERS, transfersInPerSecond: perSecond(transfers), rawJetStreamPublishesPerSecond: Math.round(raw), ratio: Math.round((transfers / raw) * 1000) / 1000 })}\n`,
    );
    const branchRaw = await rawJetStreamPerSecond(environment.env, environment.natsPrefix, BRANCH_ORDERS);
    const branch = await branchEventsPerSecond(environment.env, environment.databaseUrl);
    process.stdout.write(
      `${JSON.stringify({ branchOrders: BRANCH_ORDERS, branchEventsPerSecond: perSecond(branch), rawJetStreamPublishesPerSecond: Math.round(branchRaw), ratio: Math.round((branch / branchRaw) * 1000) / 1000 })}\n`,
    );
  } finally {
    await platform.stop();
    await environment.teardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
