import type { PartnerKind } from './partners';

/** What routing needs of a partner of the registry (R10.1). */
export interface RoutablePartner {
  readonly code: string;
  readonly kind: PartnerKind;
  readonly enabled: boolean;
  /** the categories the partner agreed to take from 12345 */
  readonly takesFromUs: readonly string[];
}

/** R10.1: incidents are transferred out to emergency and utility lines; branch centres only sync their own orders. */
export const TRANSFER_TARGET_KINDS: readonly PartnerKind[] = ['emergency', 'utility'];

/** Why the named partner cannot take a transfer now (unknown, disabled, a branch centre), or null when it can. */
export function transferTargetProblem(code: string, partner: RoutablePartner | undefined): string | null {
  if (!partner) return `no partner ${code}`;
  if (!partner.enabled) return `partner ${code} is disabled`;
  if (!TRANSFER_TARGET_KINDS.includes(partner.kind))
    return `partner ${code} is a ${partner.kind} centre, not an emergency or utility line`;
  return null;
}

/**
 * R10.1, R13.1(5), R15.4: the line an emergency rejection goes to when the operator named none — the enabled
 * emergency or utility partner whose agreed list (`takesFromUs`) holds the request's category. Ties: an emergency line
 * before a utility line (reason 5 names 110/119/120/122), then the shortest list (the most specific agreement), then
 * the lowest code, so the choice never depends on the registry's order. Null when the request has no category or no
 * such partner lists it: then nothing is sent and the operator is alerted to transfer by hand.
 */
export function partnerLineFor<P extends RoutablePartner>(
  category: string | undefined,
  partners: readonly P[],
): P | null {
  const wanted = category?.trim();
  if (!wanted) return null;
  const candidates = partners.filter(
    (partner) => transferTargetProblem(partner.code, partner) === null && partner.takesFromUs.includes(wanted),
  );
  const rank = (partner: P) => TRANSFER_TARGET_KINDS.indexOf(partner.kind);
  const [best] = [...candidates].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.takesFromUs.length - b.takesFromUs.length ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return best ?? null;
}

/**
 * R10.1 transfer in: 12345 takes from a partner only the categories agreed with it (`givesToUs`, 互转清单). The basis
 * of the refusal for a matter outside the list (or without a category), or null when the list holds it.
 */
export function transferInRefusal(
  partnerCode: string,
  category: string | undefined,
  givesToUs: readonly string[],
): string | null {
  const given = category?.trim();
  if (given && givesToUs.includes(given)) return null;
  const what = given ? `category ${given}` : 'a matter without a category';
  return `not in the agreed list: 12345 takes ${givesToUs.length} categories from ${partnerCode} (互转清单), not ${what}`;
}
