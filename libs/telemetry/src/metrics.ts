import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics that code below the Nest modules records as it works (a request sent, a batch
 * committed, a message redelivered). Each service's `/metrics` (libs/platform, `ServiceMetrics`) shows them beside
 * the gauges it reads at scrape time. Labels hold only names fixed in the code (subjects, routes, consumers,
 * writers), never a caller's data or an id.
 */
export const processMetrics = new Registry();

collectDefaultMetrics({ register: processMetrics, prefix: 'hotline_' });

export const httpRequestSeconds = new Histogram({
  name: 'hotline_http_request_duration_seconds',
  help: 'HTTP requests served, by method, route pattern and status code',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [processMetrics],
});

export const natsRequestSeconds = new Histogram({
  name: 'hotline_nats_request_duration_seconds',
  help: 'NATS requests sent to a service, by subject and outcome (ok, problem, timeout, unavailable)',
  labelNames: ['subject', 'outcome'] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [processMetrics],
});

export const groupCommitBatchSize = new Histogram({
  name: 'hotline_group_commit_batch_size',
  help: 'Items written together in one group-commit transaction, by writer',
  labelNames: ['writer'] as const,
  buckets: [1, 2, 4, 8, 16, 32, 64, 128],
  registers: [processMetrics],
});

export const jetstreamRedeliveries = new Counter({
  name: 'hotline_jetstream_redeliveries_total',
  help: 'Event deliveries after the first, by durable consumer',
  labelNames: ['consumer'] as const,
  registers: [processMetrics],
});

export const deadLettersRecorded = new Counter({
  name: 'hotline_dead_letters_recorded_total',
  help: 'Events a consumer gave up on and recorded as dead letters, by durable consumer',
  labelNames: ['consumer'] as const,
  registers: [processMetrics],
});
