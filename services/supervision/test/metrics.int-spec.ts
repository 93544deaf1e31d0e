import { INestApplication } from '@nestjs/common';
import { Actor } from '@hotline/contracts';
import { JetStreamServer, OutboxRelay } from '@hotline/messaging';
import { eventually, publishCreated, publishStep, workOrderJourney } from '@hotline/testing';
import { supervisionWithProducerSuite } from './supervision-with-producer';

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const WORK_ORDERS = 5;

/** Sums a metric's samples in Prometheus text, optionally only those whose labels contain `having`. */
function sample(text: string, name: string, having = ''): number {
  return text
    .split('\n')
    .filter((line) => (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) && line.includes(having))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

async function scrape(app: INestApplication): Promise<string> {
  const response = await fetch(`${await app.getUrl()}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/**
 * `/metrics` of real services on real Postgres and NATS: the producer's outbox backlog grows while its relay is
 * stopped, supervision's consumers' pending grows while they are paused, and both fall back to 0 when resumed.
 */
describe('Prometheus metrics on the health port (real Postgres and NATS)', () => {
  const running = supervisionWithProducerSuite('metrics');

  it('shows the platform gauges, and outbox backlog and consumer pending rising and falling', async () => {
    const { supervision, producer } = running;
    const names = (await scrape(supervision)).split('\n').filter((line) => line.startsWith('# TYPE'));
    for (const name of [
      'hotline_outbox_backlog',
      'hotline_outbox_oldest_age_seconds',
      'hotline_dead_letters',
      'hotline_jetstream_consumer_pending',
      'hotline_jetstream_consumer_redelivered',
      'hotline_work_orders_open',
      'hotline_work_orders_due_soon',
      'hotline_work_orders_overdue',
      'hotline_nats_request_duration_seconds',
      'hotline_group_commit_batch_size',
      'hotline_http_request_duration_seconds',
    ])
      expect(names.some((line) => line.startsWith(`# TYPE ${name} `))).toBe(true);

    // The relay stopped: committed events wait in the producer's outbox.
    const relay = producer.get(OutboxRelay);
    await relay.stop();
    const ids: string[] = [];
    for (let index = 0; index < WORK_ORDERS; index += 1) {
      const { created, transitions } = workOrderJourney([
        [{ event: 'dispatch', leadUnitId: 'xt-cgj' }, OPERATOR, '2026-03-02 09:30'],
      ]);
      await publishCreated(producer, created, { number: `XTM${Date.now()}${index}` });
      for (const transition of transitions) await publishStep(producer, transition, transition.actor);
      ids.push(created.id);
    }
    const stalled = await scrape(producer);
    expect(sample(stalled, 'hotline_outbox_backlog')).toBe(WORK_ORDERS * 2);
    expect(sample(stalled, 'hotline_outbox_oldest_age_seconds')).toBeGreaterThan(0);

    // Supervision's consumers paused, the relay resumed: the events move from the outbox to JetStream and wait there.
    const server = supervision.get(JetStreamServer);
    await server.pauseConsumers();
    await relay.start();
    await eventually(
      async () => sample(await scrape(producer), 'hotline_outbox_backlog'),
      (backlog) => backlog === 0,
      20_000,
    );
    const lagging = await eventually(
      () => scrape(supervision),
      (text) => sample(text, 'hotline_jetstream_consumer_pending') >= WORK_ORDERS * 2,
      20_000,
    );
    expect(sample(lagging, 'hotline_jetstream_consumer_pending', 'workorder_created')).toBeGreaterThanOrEqual(
      WORK_ORDERS,
    );
    expect(sample(lagging, 'hotline_work_orders_overdue', 'unit="xt-cgj"')).toBe(0);

    // Resumed: the consumers catch up and the unit's overdue work orders show (dispatched in March, signing due then).
    await server.resumeConsumers();
    const caughtUp = await eventually(
      () => scrape(supervision),
      (text) =>
        sample(text, 'hotline_jetstream_consumer_pending') === 0 &&
        sample(text, 'hotline_jetstream_consumer_ack_pending') === 0 &&
        sample(text, 'hotline_work_orders_overdue', 'unit="xt-cgj"') === WORK_ORDERS,
      30_000,
    );
    expect(sample(caughtUp, 'hotline_work_orders_open', 'unit="xt-cgj"')).toBe(WORK_ORDERS);
    expect(sample(caughtUp, 'hotline_dead_letters')).toBe(0);
    // Labels name units, consumers and routes: never a work order.
    expect(ids.filter((id) => caughtUp.includes(id))).toEqual([]);
  });
});
