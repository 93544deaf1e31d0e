// npm run seed:month -- --month 2026-10 --orders 60000 [--seed 1] [--batch 200]
// R24.1 a realistic month for the monthly report: about 40 units, the mix of types, returns, extensions, late and
// open orders, callbacks, re-handling and appeals, fewer calls on the National Day holiday (10/1–10/8). Each order
// is driven through the real domain machine and its events, with the shapes and in the order the services announce
// them, go through an outbox of the generator's own (schema `seed`) onto JetStream, where supervision's consumers
// take them as they take the services'. Uses DATABASE_URL and NATS_URL like the services (a running `npm start`).
import { Module } from '@nestjs/common';
import { reportMonthOf } from '@hotline/domain';
import { MessagingModule } from '@hotline/messaging';
import { OutboxWriter, PersistenceModule } from '@hotline/persistence';
import { startServiceInProcess } from '@hotline/testing';
import { DataSource } from 'typeorm';
import { eventsOf, generateMonth } from './month-events';
import { numberArgument, textArgument } from '../support/arguments';

@Module({ imports: [PersistenceModule.forService({ service: 'seed' }), MessagingModule.forService('seed')] })
class SeedModule {}

async function main(): Promise<void> {
  const month = reportMonthOf(textArgument('month', '2026-10'));
  const orders = numberArgument('orders', 1_000);
  const batch = numberArgument('batch', 200);
  const until = new Date(Math.min(Date.now(), month.end.getTime() + 20 * 86_400_000));
  const started = Date.now();
  const generated = generateMonth(month, orders, numberArgument('seed', 1), until);
  const generatedMs = Date.now() - started;
  const app = await startServiceInProcess(SeedModule, 'seed', process.env as Record<string, string>);
  try {
    const outbox = app.get(OutboxWriter);
    const db = app.get(DataSource);
    const day = month.month.replace('-', '');
    let events = 0;
    for (let first = 0; first < generated.length; first += batch) {
      const entries = generated
        .slice(first, first + batch)
        .flatMap((order, i) => eventsOf(order, `XT${day}${String(first + i + 1).padStart(8, '0')}`));
      await db.transaction((manager) => outbox.addMany(manager, entries));
      events += entries.length;
    }
    for (;;) {
      const [{ unsent }] = await db.query(`SELECT count(*)::int AS unsent FROM seed.outbox WHERE sent_at IS NULL`);
      if (unsent === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `${JSON.stringify({ month: month.month, orders, events, generatedMs, publishedInSeconds: seconds, eventsPerSecond: Math.round(events / seconds) })}\n`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
