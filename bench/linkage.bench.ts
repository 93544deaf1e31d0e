// npm run bench:linkage: transfers in per second through the built platform — a partner (110) hands over N matters on
// NATS, linkage keeps each once, intake records it, and 110 receives our acknowledgement with the work-order number —
// against raw JetStream publishes (awaited acks) of the same number of messages in the same run.
//   node -r ./scripts/dist-paths.cjs dist/bench/linkage.bench.js [--transfers 200]
import { createTestEnvironment, eventually, startPlatform } from '@hotline/testing';
import { PartnerLine } from '@hotline/partner-contracts';
import { connect } from 'nats';
import { randomUUID } from 'node:crypto';

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const TRANSFERS = argument('transfers', 200);

async function rawJetStreamPerSecond(env: Record<string, string>, prefix: string): Promise<number> {
  const connection = await connect({ servers: env['NATS_URL'] });
  const manager = await connection.jetstreamManager();
  const stream = `${prefix.toUpperCase()}_BENCH_RAW`;
  await manager.streams.add({ name: stream, subjects: [`${prefix}.bench.raw`] });
  const js = connection.jetstream();
  const payload = new TextEncoder().encode(JSON.stringify({ matter: '工地夜间施工噪音扰民', reference: randomUUID() }));
  const started = performance.now();
  for (let sent = 0; sent < TRANSFERS; sent += 1) await js.publish(`${prefix}.bench.raw`, payload);
  const seconds = (performance.now() - started) / 1000;
  await manager.streams.delete(stream);
  await connection.close();
  return TRANSFERS / seconds;
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

async function main(): Promise<void> {
  const environment = await createTestEnvironment('bench-linkage');
  const platform = await startPlatform(environment.env);
  try {
    const raw = await rawJetStreamPerSecond(environment.env, environment.natsPrefix);
    const transfers = await transfersInPerSecond(environment.env);
    process.stdout.write(
      `${JSON.stringify({ transfers: TRANSFERS, transfersInPerSecond: Math.round(transfers * 10) / 10, rawJetStreamPublishesPerSecond: Math.round(raw), ratio: Math.round((transfers / raw) * 1000) / 1000 })}\n`,
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
