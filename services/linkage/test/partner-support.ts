import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  Envelope,
  EnvelopeInit,
  envelopeOf,
  envelopeToJson,
  Sender,
  signedPartnerHeaders,
} from '@hotline/partner-contracts';
import { eventually, GatewayAnswer, Json, PlatformSuite } from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

type Call = PlatformSuite['call'];

/** A partner's key as the admin registers it and the partner signs with it. */
export interface PartnerKeyPair {
  id: string;
  secret: string;
}

export function newPartnerKey(id: string): PartnerKeyPair {
  return { id, secret: `${id}-${randomUUID()}-${randomUUID()}` };
}

/** A message from `partner`, sent `at`, valid five minutes. */
export function partnerEnvelope(
  partner: string,
  sequence: number,
  at: Date,
  body: EnvelopeInit['body'],
  overrides: Partial<EnvelopeInit> = {},
): Envelope {
  return envelopeOf({
    messageId: randomUUID(),
    partner,
    sender: Sender.PARTNER,
    sequence: BigInt(sequence),
    sentAt: timestampFromDate(at),
    expiresAt: timestampFromDate(new Date(at.getTime() + 5 * 60_000)),
    sharedIncidentId: randomUUID(),
    body,
    ...overrides,
  });
}

/** Posts `body` (an envelope or raw text) to the partner endpoint, signed with `key` at `signedAt`. */
export async function postSigned(
  gatewayUrl: string,
  partner: string,
  body: Envelope | string,
  key: PartnerKeyPair,
  signedAt: Date,
  tamper: (headers: Record<string, string>) => Record<string, string> = (headers) => headers,
): Promise<{ status: number; body: Record<string, unknown>; text: string }> {
  const text = typeof body === 'string' ? body : envelopeToJson(body);
  const response = await fetch(`${gatewayUrl}/partners/v1/${partner}/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...tamper(signedPartnerHeaders(key.id, key.secret, text, signedAt)),
    },
    body: text,
  });
  const answer = await response.text();
  return { status: response.status, body: answer.startsWith('{') ? JSON.parse(answer) : {}, text: answer };
}

/** How many messages linkage has stored from partners. */
export async function storedPartnerMessages(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(`SELECT count(*)::int AS n FROM linkage.partner_messages_in`)).rows[0].n as number;
  } finally {
    await client.end();
  }
}

/** The admin's registry entry of `partner` changed by `changes`, as the admin's form saves it (GET, then PUT). */
export async function updatePartner(
  call: Call,
  admin: string,
  partner: string,
  changes: Record<string, unknown>,
): Promise<GatewayAnswer> {
  const registry = (await call('GET', `/api/v1/partners/${partner}`, admin)).body;
  const { code: _code, subjects: _s, endpoint: _e, keys: _k, updatedAt: _u, updatedBy: _b, ...settings } = registry;
  return call('PUT', `/api/v1/partners/${partner}`, admin, { ...settings, ...changes });
}

/** A work order's transfers as linkage lists them to `token` (all, or those in `status`). */
export function transfersListed(call: Call, token: string) {
  return async (workOrderId: string, status = ''): Promise<Json[]> =>
    (
      await call(
        'GET',
        `/api/v1/linkage/transfers?workOrderId=${workOrderId}${status ? `&status=${status}` : ''}`,
        token,
      )
    ).body.items as Json[];
}

/**
 * The transfer steps on a work order's timeline, `transfer-sent:sent` (the entry's kind and the transfer's status),
 * once there are `count` of them; and the timeline as it was answered.
 */
export async function timelineTransferSteps(
  call: Call,
  token: string,
  workOrderId: string,
  count: number,
): Promise<{ steps: string[]; timeline: GatewayAnswer }> {
  const transfers = (answer: GatewayAnswer) =>
    ((answer.body.items ?? []) as Json[]).filter((item) => String(item.type).includes('transfer'));
  const timeline = await eventually(
    () => call('GET', `/api/v1/work-orders/${workOrderId}/timeline`, token),
    (answer) => transfers(answer).length >= count,
    30_000,
  );
  const steps = transfers(timeline).map(
    (item) => `${String(item.type).replace(/^.*(transfer-[a-z]+).*$/, '$1')}:${item.summary.status}`,
  );
  return { steps, timeline };
}
