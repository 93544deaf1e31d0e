import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  Envelope,
  EnvelopeInit,
  envelopeOf,
  envelopeToJson,
  Sender,
  signedPartnerHeaders,
} from '@hotline/partner-contracts';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

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
