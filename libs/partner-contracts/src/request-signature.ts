import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers of a signed partner request over HTTPS (POST /partners/v1/{partner}/events). */
export const PARTNER_SIGNATURE_HEADERS = {
  timestamp: 'x-hotline-timestamp',
  keyId: 'x-hotline-key-id',
  signature: 'x-hotline-signature',
} as const;

/** HMAC-SHA256 over `<unix seconds>.<body>`, hex: what the partner sends in `X-Hotline-Signature`. */
export function partnerRequestSignature(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/** Compares in constant time; a signature of the wrong length or form is simply no match. */
export function partnerSignatureMatches(secret: string, timestamp: string, body: string, given: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(given)) return false;
  const expected = Buffer.from(partnerRequestSignature(secret, timestamp, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(given, 'hex'));
}

/** The headers a partner (or the simulator) sends with `body`, signed now with the key `keyId`. */
export function signedPartnerHeaders(
  keyId: string,
  secret: string,
  body: string,
  now: Date = new Date(),
): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    [PARTNER_SIGNATURE_HEADERS.timestamp]: timestamp,
    [PARTNER_SIGNATURE_HEADERS.keyId]: keyId,
    [PARTNER_SIGNATURE_HEADERS.signature]: partnerRequestSignature(secret, timestamp, body),
  };
}
