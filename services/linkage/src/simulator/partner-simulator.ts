/* A partner line or branch centre against a running platform (R10.1), for demonstrations and tests:
 *
 *   npm run partner -- --as 110 listen [--answer accept|reject|silent] [--status ON_SCENE] [--seconds 60]
 *   npm run partner -- --as 110 send --matter "…" [--reference JJ-1] [--times 3] [--gap] [--callback 139…]
 *   npm run partner -- --as 12315 branch --orders 10000 [--gap-at N] [--disconnect-at N --for S] [--rate R]
 *
 * `listen` prints each message 12345 sends (a repeat is marked, and kept once) and answers transfers: accept (then a
 * status update), reject with a cause, or stay silent. `send` hands a non-emergency matter over; `--times 3` sends it
 * again as a replay of the same message and once more under a new message id with the same reference; `--gap` skips a
 * sequence number first. `branch` plays a branch centre (see branch-simulator-cli.ts). NATS_URL and HOTLINE_NATS_PREFIX are read as the services read them.
 */

import {
  AcknowledgementOutcome,
  Envelope,
  IncidentStatus,
  PartnerLine,
  RejectionCause,
} from '@hotline/partner-contracts';
import { readEnvConfig } from '@hotline/contracts';
import { MessagingConfig } from '@hotline/messaging';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { BRANCH_OPTIONS, runBranch } from './branch-simulator-cli';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    as: { type: 'string' },
    answer: { type: 'string', default: 'accept' },
    status: { type: 'string', default: 'ON_SCENE' },
    seconds: { type: 'string', default: '60' },
    matter: { type: 'string' },
    reference: { type: 'string' },
    callback: { type: 'string', default: '' },
    category: { type: 'string', default: '噪音扰民' },
    times: { type: 'string', default: '1' },
    gap: { type: 'boolean', default: false },
    ...BRANCH_OPTIONS,
  },
});

const messaging = readEnvConfig(MessagingConfig);
const nats = { NATS_URL: messaging.NATS_URL, HOTLINE_NATS_PREFIX: messaging.HOTLINE_NATS_PREFIX };

function print(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function describe(envelope: Envelope, duplicate: boolean): Record<string, unknown> {
  const body = { ...(envelope.body.value as object) } as Record<string, unknown>;
  if (typeof body['callbackNumber'] === 'string' && body['callbackNumber'])
    body['callbackNumber'] = `${String(body['callbackNumber']).slice(0, 3)}****`;
  return {
    received: envelope.body.case,
    messageId: envelope.messageId,
    sequence: envelope.sequence.toString(),
    sharedIncidentId: envelope.sharedIncidentId,
    duplicate,
    body,
  };
}

async function listen(code: string): Promise<void> {
  const answered = new Set<string>();
  const line: PartnerLine = await PartnerLine.connect(nats, code, (envelope, duplicate) => {
    print(describe(envelope, duplicate));
    if (envelope.body.case !== 'transfer' || answered.has(envelope.messageId) || values.answer === 'silent') return;
    answered.add(envelope.messageId);
    const now = new Date();
    const accepted = values.answer !== 'reject';
    void line
      .answer(envelope, now, {
        case: 'acknowledgement',
        value: accepted
          ? {
              acknowledgedMessageId: envelope.messageId,
              outcome: AcknowledgementOutcome.ACCEPTED,
              receiverReference: `${code}-${randomUUID().slice(0, 8)}`,
            }
          : {
              acknowledgedMessageId: envelope.messageId,
              outcome: AcknowledgementOutcome.REJECTED,
              cause: RejectionCause.LOCATION_UNKNOWN,
              detail: '地址不详',
            },
      })
      .then(() =>
        accepted
          ? line.answer(envelope, now, {
              case: 'statusUpdate',
              value: {
                status: IncidentStatus[values.status as keyof typeof IncidentStatus] ?? IncidentStatus.DISPATCHED,
              },
            })
          : undefined,
      );
  });
  await new Promise((resolve) => setTimeout(resolve, Number(values.seconds) * 1000));
  await line.close();
}

async function send(code: string): Promise<void> {
  if (!values.matter) throw new Error('send needs --matter');
  const line = await PartnerLine.connect(nats, code, (envelope, duplicate) => print(describe(envelope, duplicate)));
  const sharedIncidentId = randomUUID();
  const body = {
    case: 'transfer' as const,
    value: {
      category: values.category,
      matter: values.matter,
      senderReference: values.reference ?? `${code}-${Date.now()}`,
      callbackNumber: values.callback,
      requestType: 'complaint',
    },
  };
  const first = line.envelope(new Date(), sharedIncidentId, body, values.gap ? 1 : 0);
  const times = Number(values.times);
  for (let sent = 0; sent < times; sent += 1) {
    const envelope = sent === 2 ? line.envelope(new Date(), sharedIncidentId, body) : first;
    await line.publish(envelope);
    print({
      sent: 'transfer',
      messageId: envelope.messageId,
      sequence: envelope.sequence.toString(),
      sharedIncidentId,
    });
  }
  await new Promise((resolve) => setTimeout(resolve, Number(values.seconds) * 1000));
  await line.close();
}

async function main(): Promise<void> {
  const code = values.as;
  if (!code) throw new Error('--as <partner code> is required, e.g. --as 110');
  if (positionals[0] === 'listen') return listen(code);
  if (positionals[0] === 'send') return send(code);
  if (positionals[0] === 'branch') return runBranch(code, values, nats);
  throw new Error('command: listen, send or branch');
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
