import { InvalidDomainInputError } from '../errors/domain-error';

/** The three kinds of partner of Art. 10: emergency lines, utility lines, branch centres of vertical departments. */
export const PARTNER_KINDS = ['emergency', 'utility', 'branch'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** How a partner's messages travel: NATS subjects `partner.<code>.in/.out`, or signed HTTPS. */
export const PARTNER_CHANNELS = ['nats', 'https'] as const;
export type PartnerChannel = (typeof PARTNER_CHANNELS)[number];

export const PARTNER_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{1,31}$/;
export const PARTNER_KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** Key rotation: the newest two keys of a partner are valid at once, so a partner switches without a gap. */
export const VALID_PARTNER_KEYS = 2;

export interface PartnerKeyRef {
  id: string;
  /** 1 for a partner's first key, then one more for each key added (times may tie; this never does) */
  generation: number;
}

/**
 * R10.1: after adding `added`, which keys stay valid (the newest two) and which retire. A key id is never reused,
 * so a partner's old signatures cannot come back under a new secret.
 */
export function rotatePartnerKeys<K extends PartnerKeyRef>(
  current: readonly K[],
  added: K,
  everUsedIds: readonly string[],
): { valid: K[]; retired: K[] } {
  if (everUsedIds.includes(added.id))
    throw new InvalidDomainInputError(`key id ${added.id} was used before`, [
      { path: 'key.id', message: 'was used before for this partner; choose a new id' },
    ]);
  const newestFirst = [added, ...[...current].sort((a, b) => b.generation - a.generation)];
  return { valid: newestFirst.slice(0, VALID_PARTNER_KEYS), retired: newestFirst.slice(VALID_PARTNER_KEYS) };
}

/** Why a signed partner request is refused before its signature is even checked, or null when its time is fine. */
export function signedRequestTimeProblem(
  timestampSeconds: string | undefined,
  now: Date,
  windowSeconds: number,
): string | null {
  if (!timestampSeconds || !/^\d{9,11}$/.test(timestampSeconds)) return 'timestamp missing or not unix seconds';
  const skew = Math.abs(now.getTime() / 1000 - Number(timestampSeconds));
  return skew > windowSeconds ? `timestamp outside the replay window of ${windowSeconds} s` : null;
}

/** The bodies only a branch centre sends: its orders, their status changes and reconciliation pages. */
export const BRANCH_MESSAGE_BODIES = ['branchWorkOrder', 'branchStatus', 'reconciliationPage'] as const;

/** R10.2: a branch order, status or reconciliation page is taken from a partner of kind branch only. */
export function partnerMaySend(kind: PartnerKind, body: string | undefined): boolean {
  return kind === 'branch' || !(BRANCH_MESSAGE_BODIES as readonly string[]).includes(body ?? '');
}
