import { INestApplication } from '@nestjs/common';
import { PlatformRpc, SYSTEM_ACTOR, WorkOrderCreated } from '@hotline/contracts';
import { bootstrapService } from '@hotline/platform';
import { NatsConnectionHolder, OutboxRelay, RpcClient, ProblemError } from '@hotline/messaging';
import { outboxChannel, OutboxStore, OutboxWriter } from '@hotline/persistence';
import { createTestEnvironment, eventually, TestEnvironment } from '../src';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { consumerBehaviour, ConsumerServiceModule, Effect } from './fixtures/consumer-service';
import { ProducerServiceModule } from './fixtures/producer-service';
import { spyTransactions } from './fixtures/spy-transactions';
import { workOrderCreatedPayload } from './fixtures/work-order-created.fixture';

const noTelemetry = { shutdown: async () => undefined };

describe('outbox → JetStream → idempotent consumer (real Postgres and NATS)', () => {
  let environment: TestEnvironment;
  let producer: INestApplication;
  let consumer: INestApplication;

  beforeAll(async () => {
    environment = await createTestEnvironment('messaging');
    const env = {
      ...environment.env,
      HOTLINE_MAX_DELIVER: '3',
      HOTLINE_RETRY_BASE_MS: '100',
      HOTLINE_RETRY_MAX_MS: '200',
      HOTLINE_OUTBOX_POLL_MS: '200',
    };
    const start = (module: new () => unknown, service: string) =>
      bootstrapService(module, {
        service,
        port: 0,
        host: '127.0.0.1',
        telemetry: noTelemetry,
        nats: true,
        handleSignals: false,
        logger: false,
        env,
      });
    producer = await start(ProducerServiceModule, 'alpha');
    consumer = await start(ConsumerServiceModule, 'beta');
  });

  afterAll(async () => {
    await producer?.close();
    await consumer?.close();
    await environment?.teardown();
  });

  async function writeEvent(payload = workOrderCreatedPayload()): Promise<string> {
    const outbox = producer.get(OutboxWriter);
    const envelope = await producer.get(DataSource).transaction((manager) =>
      outbox.add(manager, WorkOrderCreated, payload, {
        actor: SYSTEM_ACTOR,
        workOrderId: payload.workOrderId,
        occurredAt: new Date(),
      }),
    );
    return envelope.id;
  }

  const effectsOf = (eventId: string) => consumer.get(DataSource).getRepository(Effect).countBy({ eventId });

  async function streamMessagesWithId(eventId: string): Promise<number> {
    const jsm = await producer.get(NatsConnectionHolder).manager();
    const info = await jsm.streams.info(`${environment.natsPrefix.toUpperCase()}_WORKORDER`);
    let found = 0;
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && seq > 0; seq++) {
      const message = await jsm.streams.getMessage(info.config.name, { seq }).catch(() => null);
      if (message?.header.get('Nats-Msg-Id') === eventId) found += 1;
    }
    return found;
  }

  it('applies an event committed in the producer exactly once in the consumer', async () => {
    const eventId = await writeEvent();
    await eventually(
      () => effectsOf(eventId),
      (count) => count === 1,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await effectsOf(eventId)).toBe(1);
    expect(await streamMessagesWithId(eventId)).toBe(1);
    expect(await producer.get(OutboxStore).countUnsent()).toBe(0);
  });

  it("wakes the relay once per committed insert, from the outbox's own trigger, and not for a rolled-back one", async () => {
    const listener = new Client({ connectionString: environment.env['DATABASE_URL'] });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (notification) => heard.push(notification.channel));
    await listener.query(`LISTEN "${outboxChannel(producer.get(OutboxStore).schema)}"`);
    try {
      const outbox = producer.get(OutboxWriter);
      const twoEvents = (payloads = [workOrderCreatedPayload(), workOrderCreatedPayload()]) =>
        payloads.map((payload) => ({
          definition: WorkOrderCreated,
          payload,
          meta: { actor: SYSTEM_ACTOR, workOrderId: payload.workOrderId, occurredAt: new Date() },
        }));
      await producer.get(DataSource).transaction(async (manager) => {
        await outbox.addMany(manager, twoEvents());
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(heard).toEqual([]); // not before the commit
      });
      await eventually(
        async () => heard.length,
        (count) => count > 0,
        5_000,
      );
      expect(heard).toHaveLength(1); // one statement of two events: one wake-up
      await producer
        .get(DataSource)
        .transaction(async (manager) => {
          await outbox.addMany(manager, twoEvents());
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(heard).toHaveLength(1);
    } finally {
      await listener.end();
    }
  });

  it('polls an idle outbox without a transaction, and publishes a committed event in one batch', async () => {
    await eventually(
      () => producer.get(OutboxStore).countUnsent(),
      (unsent) => unsent === 0,
    );
    const transactions = spyTransactions(producer.get(DataSource));
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // five polls
    expect(transactions()).toBe(0);

    const eventId = await writeEvent();
    await eventually(
      () => effectsOf(eventId),
      (count) => count === 1,
    );
    // The write, the batch that took it, and at most one more if a poll and the notification both woke the relay.
    expect(transactions()).toBeGreaterThanOrEqual(2);
    expect(transactions()).toBeLessThanOrEqual(3);
  });

  it('publishes an event whose notification never came, from its poll', async () => {
    const payload = workOrderCreatedPayload();
    // A replica session fires no ordinary trigger: the row is committed without a NOTIFY.
    const envelope = await producer.get(DataSource).transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      return producer.get(OutboxWriter).add(manager, WorkOrderCreated, payload, {
        actor: SYSTEM_ACTOR,
        workOrderId: payload.workOrderId,
        occurredAt: new Date(),
      });
    });
    await eventually(
      () => effectsOf(envelope.id),
      (count) => count === 1,
    );
    expect(await producer.get(OutboxStore).countUnsent()).toBe(0);
  });

  it('still delivers an event committed while the relay was stopped, once it restarts', async () => {
    const relay = producer.get(OutboxRelay);
    await relay.stop();
    const eventId = await writeEvent();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await producer.get(OutboxStore).countUnsent()).toBe(1);
    expect(await streamMessagesWithId(eventId)).toBe(0);
    expect(await effectsOf(eventId)).toBe(0);

    await relay.start();
    await eventually(
      () => effectsOf(eventId),
      (count) => count === 1,
    );
    expect(await producer.get(OutboxStore).countUnsent()).toBe(0);
  });

  it('redelivers when the handler throws on the first delivery, and applies the effect once', async () => {
    const payload = workOrderCreatedPayload();
    const relay = producer.get(OutboxRelay);
    await relay.stop();
    const eventId = await writeEvent(payload);
    consumerBehaviour.failingDeliveries.set(eventId, 1);
    await relay.start();

    await eventually(
      () => effectsOf(eventId),
      (count) => count === 1,
    );
    expect(consumerBehaviour.attempts.get(eventId)).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await effectsOf(eventId)).toBe(1);
  });

  it('deduplicates the same event published twice: once by JetStream, once more by the inbox', async () => {
    const eventId = await writeEvent();
    await eventually(
      () => effectsOf(eventId),
      (count) => count === 1,
    );
    const [row] = await producer.get(DataSource).query(`SELECT envelope FROM alpha.outbox WHERE id = $1`, [eventId]);
    const js = await producer.get(NatsConnectionHolder).jetstream();
    const body = new TextEncoder().encode(JSON.stringify(row.envelope));
    const subject = `${environment.natsPrefix}.${WorkOrderCreated.subject}`;

    const samePublish = await js.publish(subject, body, { msgID: eventId });
    expect(samePublish.duplicate).toBe(true);
    // A replay after the duplicate window carries a new message id: only the inbox stands in the way.
    await js.publish(subject, body, { msgID: randomUUID() });
    await eventually(
      async () => consumerBehaviour.attempts.get(eventId) ?? 0,
      (attempts) => attempts === 2,
    );
    expect(await effectsOf(eventId)).toBe(1);
  });

  it('dead-letters an invalid message with its reason and keeps consuming the next ones', async () => {
    const js = await producer.get(NatsConnectionHolder).jetstream();
    const subject = `${environment.natsPrefix}.${WorkOrderCreated.subject}`;
    const bad = {
      id: randomUUID(),
      type: 'workorder.created',
      schemaVersion: 1,
      occurredAt: new Date().toISOString(),
      actor: SYSTEM_ACTOR,
      payload: { number: 42 },
    };
    await js.publish(subject, new TextEncoder().encode(JSON.stringify(bad)), { msgID: bad.id });
    const nextEventId = await writeEvent();

    await eventually(
      () => effectsOf(nextEventId),
      (count) => count === 1,
    );
    const rpc = producer.get(RpcClient);
    const { items } = await eventually(
      () => rpc.request(PlatformRpc.listDeadLetters('beta'), {}),
      (page) => page.items.some((item) => item.eventId === bad.id),
    );
    const letter = items.find((item) => item.eventId === bad.id)!;
    expect(letter.reason).toMatch(/invalid message: payload: .*workOrderId/);
    expect(letter.deliveries).toBe(1);
    expect(consumerBehaviour.attempts.has(bad.id)).toBe(false);
    await expect(rpc.request(PlatformRpc.replayDeadLetter('beta'), { id: letter.id })).rejects.toMatchObject({
      problem: { statusCode: 422 },
    });
  });

  it('dead-letters an event whose handler fails on every delivery, and replays it once the fault is gone', async () => {
    const relay = producer.get(OutboxRelay);
    await relay.stop();
    const eventId = await writeEvent();
    consumerBehaviour.failingDeliveries.set(eventId, 3);
    await relay.start();

    const rpc = producer.get(RpcClient);
    const { items } = await eventually(
      () => rpc.request(PlatformRpc.listDeadLetters('beta'), {}),
      (page) => page.items.some((item) => item.eventId === eventId),
    );
    const letter = items.find((item) => item.eventId === eventId)!;
    expect(letter.deliveries).toBe(3);
    expect(letter.reason).toMatch(/handler failed 3 times: .*simulated failure/);
    expect(await effectsOf(eventId)).toBe(0);

    const replayed = await rpc.request(PlatformRpc.replayDeadLetter('beta'), { id: letter.id });
    expect(replayed.replayedAt).not.toBeNull();
    expect(await effectsOf(eventId)).toBe(1);
  });

  it('answers requests over NATS and reports unknown dead letters as 404', async () => {
    const rpc = producer.get(RpcClient);
    const health = await rpc.request(PlatformRpc.health('beta'), {});
    expect(health).toMatchObject({ service: 'beta', ok: true });
    expect(health.dependencies.map((dependency) => dependency.name)).toEqual(['postgres', 'nats', 'jetstream']);
    const missing = rpc.request(PlatformRpc.replayDeadLetter('beta'), { id: randomUUID() });
    await expect(missing).rejects.toBeInstanceOf(ProblemError);
    await expect(missing).rejects.toMatchObject({ problem: { statusCode: 404 } });
  });
});
