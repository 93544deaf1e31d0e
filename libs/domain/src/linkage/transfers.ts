/**
 * R10.1: a transfer out is sent again until the partner's business acknowledgement arrives: after 1 s, 2 s, 4 s …
 * up to `maxMs` between tries. It is never dropped.
 */
export function transferRetryDelayMs(attempts: number, maxMs: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(1000 * 2 ** exponent, maxMs);
}

/** R10.1: the partner has been silent too long when no acknowledgement came `timeoutSeconds` after the first send. */
export function partnerSilentTooLong(firstSentAt: Date, now: Date, timeoutSeconds: number): boolean {
  return now.getTime() - firstSentAt.getTime() >= timeoutSeconds * 1000;
}

/**
 * R10.1 whether a work order may be a partner's hand-over (its steps are reported back): only a partner's transfer
 * records a request by the `partner` channel. Anything else needs no look at the transfers.
 */
export function mayBeHandedOverByPartner(snapshot: { channel?: unknown }): boolean {
  return snapshot.channel === 'partner';
}
