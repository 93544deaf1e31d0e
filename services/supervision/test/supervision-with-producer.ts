import { INestApplication, Module } from '@nestjs/common';
import { MessagingModule, RpcClient } from '@hotline/messaging';
import { PersistenceModule } from '@hotline/persistence';
import { PlatformModule } from '@hotline/platform';
import { applyWorkOrderCommand, createWorkOrder, WorkOrder } from '@hotline/domain';
import { randomUUID } from 'node:crypto';
import { beijingTime, createTestEnvironment, TestEnvironment, startServiceInProcess } from '@hotline/testing';
import { AppModule as SupervisionModule } from '../src/app.module';

/** A service of the test's own whose outbox stands in for the other services' events (health and metrics as theirs). */
@Module({
  imports: [
    PersistenceModule.forService({ service: 'producer' }),
    MessagingModule.forService('producer'),
    PlatformModule.forService(),
  ],
})
class ProducerModule {}

export interface SupervisionWithProducer {
  environment: TestEnvironment;
  supervision: INestApplication;
  producer: INestApplication;
  rpc: RpcClient;
  stop(): Promise<void>;
}

/** Supervision booted in this process on a database and NATS namespace of the run's own, beside a producer of events. */
export async function startSupervisionWithProducer(
  label: string,
  settings: Record<string, string> = {},
): Promise<SupervisionWithProducer> {
  const environment = await createTestEnvironment(label);
  const env = { ...environment.env, HOTLINE_OUTBOX_POLL_MS: '200', ...settings };
  const start = (module: new () => unknown, service: string) => startServiceInProcess(module, service, env);
  const supervision = await start(SupervisionModule, 'supervision');
  const producer = await start(ProducerModule, 'producer');
  return {
    environment,
    supervision,
    producer,
    rpc: producer.get(RpcClient),
    stop: async () => {
      await producer.close();
      await supervision.close();
      await environment.teardown();
    },
  };
}

/**
 * The set-up of a suite against supervision and a producer: started in the suite's `beforeAll` (before the suite's own)
 * and stopped after it. Call it inside `describe`; read what it answers in hooks and tests, once it has started.
 */
export function supervisionWithProducerSuite(
  label: string,
  settings: Record<string, string> = {},
): Omit<SupervisionWithProducer, 'stop'> {
  let running: SupervisionWithProducer | undefined;
  beforeAll(async () => {
    running = await startSupervisionWithProducer(label, settings);
  });
  afterAll(async () => {
    await running?.stop();
  });
  const started = (): SupervisionWithProducer => {
    if (!running)
      throw new Error(`supervision of suite ${label} is not there: its beforeAll failed (above) or has not run`);
    return running;
  };
  return {
    get environment() {
      return started().environment;
    },
    get supervision() {
      return started().supervision;
    },
    get producer() {
      return started().producer;
    },
    get rpc() {
      return started().rpc;
    },
  };
}

/** A complaint an operator received by phone at `receivedAt` and accepted for dispatch at `acceptedAt` (Beijing time). */
export function acceptedForDispatch(receivedAt: string, acceptedAt = receivedAt, id: string = randomUUID()): WorkOrder {
  const operator = { role: 'operator' as const, id: 'op-1' };
  const received = createWorkOrder(
    { id, type: 'complaint', channel: 'phone' },
    { actor: operator, now: beijingTime(receivedAt) },
  ).order;
  return applyWorkOrderCommand(
    received,
    { event: 'accept-for-dispatch' },
    { actor: operator, now: beijingTime(acceptedAt) },
  ).order;
}
