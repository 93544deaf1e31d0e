/**
 * What validating an input costs, class-validator against the plan made once per class (issue 19), on the inputs
 * every recorded request passes: the HTTP body at the gateway, the NATS message at intake, the created event's payload
 * before intake writes it, and the event at each of its consumers. Both validate the same instances, built the same
 * way; building them (class-transformer) is timed alone. class-validator runs with the services' cache of its rules.
 * Rounds alternate the two, and the median of each is reported.
 *
 *   npm run bench:validation -- --rounds 7 --inputs 20000
 */
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidatorOptions } from 'class-validator';
import {
  EventEnvelope,
  eventInstanceOf,
  RecordRequestCommand,
  RecordRequestMessage,
  validatePlanned,
  WorkOrderCreatedPayload,
} from '@hotline/contracts';
import { cacheValidationMetadata } from '@hotline/platform';
import { PHONE_COMPLAINT } from '@hotline/testing';
import { numberArgument } from './support/arguments';

const ROUNDS = numberArgument('rounds', 7);
// As every service does at start: class-validator's rules looked up once per class, not on every validation.
cacheValidationMetadata();
const INPUTS = numberArgument('inputs', 20_000);

// The phone complaint the e2e specs record.
const REQUEST = PHONE_COMPLAINT;
const WORK_ORDER_ID = '6f1d2c1e-9a4b-4c55-8e2f-0d5b7a1c9e31';
const CREATED = {
  id: '0b7e4f8a-3c2d-4e1f-9a6b-5c4d3e2f1a0b',
  type: 'hotline.workorder.created',
  schemaVersion: 1,
  occurredAt: '2026-12-01T08:00:00.000Z',
  workOrderId: WORK_ORDER_ID,
  actor: { kind: 'user', id: 'op-1', role: 'operator' },
  payload: {
    workOrderId: WORK_ORDER_ID,
    number: 'XT20261201000123',
    requestId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    channel: 'phone',
    type: 'complaint',
    status: 'pending-dispatch',
    district: '雨湖区',
    receivedAt: '2026-12-01T08:00:00.000Z',
    request: {
      content: REQUEST.content,
      channel: 'phone',
      type: 'complaint',
      location: REQUEST.location,
      receivedAt: '2026-12-01T08:00:00.000Z',
    },
    state: { id: WORK_ORDER_ID, status: 'pending-dispatch', version: 1, history: [{ event: 'receive' }] },
  },
};

interface Input {
  readonly name: string;
  readonly build: () => object[];
  readonly options: ValidatorOptions;
}

const STRICT = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false };
const INPUTS_OF_A_REQUEST: Input[] = [
  {
    name: 'HTTP body at the gateway (RecordRequestCommand)',
    build: () => [plainToInstance(RecordRequestCommand, structuredClone(REQUEST))],
    options: STRICT,
  },
  {
    name: 'NATS message at intake (RecordRequestMessage)',
    build: () => [
      plainToInstance(RecordRequestMessage, {
        actor: structuredClone(CREATED.actor),
        request: structuredClone(REQUEST),
        assist: 'later',
      }),
    ],
    options: STRICT,
  },
  {
    name: "created event's payload at the outbox writer (WorkOrderCreatedPayload)",
    build: () => [eventInstanceOf(WorkOrderCreatedPayload, structuredClone(CREATED.payload))],
    options: STRICT,
  },
  {
    name: 'created event at a consumer (envelope and payload)',
    build: () => {
      const envelope = eventInstanceOf(EventEnvelope, structuredClone(CREATED));
      return [envelope, eventInstanceOf(WorkOrderCreatedPayload, envelope.payload)];
    },
    options: { whitelist: true },
  },
];

function timeMs(work: () => void): number {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function measure(input: Input) {
  const batches = () => Array.from({ length: INPUTS }, input.build);
  const validateAll = (validate: (object: object) => unknown[]) => {
    const objects = batches();
    return timeMs(() => {
      for (const batch of objects)
        for (const object of batch) {
          const errors = validate(object);
          if (errors.length > 0) throw new Error(`${input.name} refused: ${JSON.stringify(errors)}`);
        }
    });
  };
  const built: number[] = [];
  const byClassValidator: number[] = [];
  const byPlan: number[] = [];
  validateAll((object) => validatePlanned(object, input.options));
  validateAll((object) => validateSync(object, input.options));
  for (let round = 0; round < ROUNDS; round += 1) {
    built.push(timeMs(batches));
    byClassValidator.push(validateAll((object) => validateSync(object, input.options)));
    byPlan.push(validateAll((object) => validatePlanned(object, input.options)));
  }
  const perInput = (ms: number) => (ms * 1000) / INPUTS;
  return {
    input: input.name,
    buildUs: perInput(median(built)),
    classValidatorUs: perInput(median(byClassValidator)),
    plannedUs: perInput(median(byPlan)),
  };
}

function report(rows: ReturnType<typeof measure>[]): string {
  const lines = rows.map(
    (row) =>
      `| ${row.input} | ${row.buildUs.toFixed(1)} | ${row.classValidatorUs.toFixed(1)} | ${row.plannedUs.toFixed(1)} | ` +
      `${(row.plannedUs / row.classValidatorUs).toFixed(2)} |`,
  );
  // Each input once, and the created event at both of its consumers (dispatch and supervision).
  const perRequest = (key: 'classValidatorUs' | 'plannedUs') =>
    rows.reduce((sum, row) => sum + row[key], 0) + (rows.at(-1)?.[key] ?? 0);
  return [
    `# Validation of one input (${INPUTS} inputs, median of ${ROUNDS} alternating rounds, Node ${process.version})`,
    '',
    '| input | building it (class-transformer), µs | class-validator, µs | planned, µs | planned ÷ class-validator |',
    '|---|---|---|---|---|',
    ...lines,
    '',
    `A recorded request (its body, its message, its event's payload and the event at two consumers): ` +
      `class-validator ${perRequest('classValidatorUs').toFixed(1)} µs, planned ${perRequest('plannedUs').toFixed(1)} µs.`,
  ].join('\n');
}

process.stdout.write(`${report(INPUTS_OF_A_REQUEST.map(measure))}\n`);
