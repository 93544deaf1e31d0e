import type { Actor } from '../reference/roles';
import { unitRoleIn } from '../lifecycle/unit-access';
import type { Assignment } from '../lifecycle/work-order';

type Assigned = { readonly assignment?: Pick<Assignment, 'leadUnitId' | 'coUnitIds'> | null };

/** Centre staff who read any caller in clear, anonymous ones included: Art. 14 asks to encrypt, not to forget. */
export const CALLER_CLEAR_READERS = ['operator', 'reviewer', 'supervisor'] as const;

/**
 * What a reader gets of a caller (R14.3, R18.1): `clear` (audited), `masked` (a unit that gave no reason: what the
 * view shows), or a refusal — `forbidden` (403) or `reason-required` (400). `why` is told to the reader.
 */
export type CallerReadDecision =
  | { readonly kind: 'clear' }
  | { readonly kind: 'masked' }
  | { readonly kind: 'refused'; readonly refusal: 'forbidden' | 'reason-required' | 'anonymous'; readonly why: string };

const REASON_REQUIRED = 'reason is required: every read of clear caller data is audited (R14.3)';
export const ANONYMOUS_CALLER_REFUSAL =
  'the caller asked to stay anonymous (Art. 14, R14.3): no handling unit sees name or phone; ask the centre to relay at POST /api/v1/work-orders/{id}/contact-requests';

/**
 * R14.3 who reads which caller. Operators, reviewers and supervisors read any caller, with a reason. The lead and co
 * units of the caller's work order read a named caller, because Art. 18 has them contact the caller; an anonymous
 * one stays hidden from every unit. Admins, partners and other units read none.
 */
export function decideCallerRead(
  reader: Actor,
  order: Assigned,
  caller: { readonly anonymous: boolean },
  reason: string | undefined,
): CallerReadDecision {
  const given = reason?.trim() ?? '';
  if (isClearReader(reader.role))
    return given ? { kind: 'clear' } : { kind: 'refused', refusal: 'reason-required', why: REASON_REQUIRED };
  if (reader.role !== 'unit')
    return { kind: 'refused', refusal: 'forbidden', why: `role '${reader.role}' never reads callers (R14.3)` };
  if (unitRoleIn(order, reader.unitId) === undefined) {
    return {
      kind: 'refused',
      refusal: 'forbidden',
      why: `the work order is not assigned to unit ${reader.unitId ?? '(none)'}`,
    };
  }
  if (caller.anonymous) return { kind: 'refused', refusal: 'anonymous', why: ANONYMOUS_CALLER_REFUSAL };
  return given ? { kind: 'clear' } : { kind: 'masked' };
}

/**
 * R14.3 whether the work-order view shows the caller masked (138****5678, 张*) or only whether it is anonymous:
 * masked for centre staff and for the lead and co units of a named caller; nothing of an anonymous caller to units,
 * nothing to admins or partners.
 */
export function showsMaskedCaller(viewer: Actor, order: Assigned, caller: { readonly anonymous: boolean }): boolean {
  if (isClearReader(viewer.role)) return true;
  return viewer.role === 'unit' && !caller.anonymous && unitRoleIn(order, viewer.unitId) !== undefined;
}

/** R14.3 why the centre does not relay to a named caller: the unit reads the phone and calls itself. */
export const NAMED_CALLER_RELAY_REFUSAL =
  'the caller is named; read the phone at GET /api/v1/work-orders/{id}/caller?reason=… and contact the caller directly (Art. 18)';

/** What a relay request gets: allowed, or refused with the status the HTTP layer answers. */
export type ContactRequestDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly status: 403 | 422; readonly why: string };

/**
 * R14.3/R18.1 a unit that must contact an anonymous caller asks the centre to relay: only the lead or a co unit of
 * the work order, and only for an anonymous caller (a named one it reads and calls itself).
 */
export function decideContactRequest(
  requester: Actor,
  order: Assigned,
  caller: { readonly anonymous: boolean },
): ContactRequestDecision {
  if (requester.role !== 'unit')
    return { allowed: false, status: 403, why: 'only a handling unit asks the centre to relay a contact' };
  if (unitRoleIn(order, requester.unitId) === undefined) {
    return {
      allowed: false,
      status: 403,
      why: `the work order is not assigned to unit ${requester.unitId ?? '(none)'}`,
    };
  }
  if (!caller.anonymous) {
    return { allowed: false, status: 422, why: `R14.3: ${NAMED_CALLER_RELAY_REFUSAL}` };
  }
  return { allowed: true };
}

function isClearReader(role: string): boolean {
  return (CALLER_CLEAR_READERS as readonly string[]).includes(role);
}

/**
 * R13.2/R14.3 the operator's assist (likely repeats with the caller's earlier work orders, misuse flags) is for the
 * operator with the caller on the line. A partner line recording a request learns its work order's number and
 * status, never a caller's history.
 */
export function receivesIntakeAssist(recorder: { readonly role?: string }): boolean {
  return recorder.role === 'operator';
}

/** What a public channel (the unauthenticated Open311 list) may show of a request's matter. */
export interface PublicMatter {
  readonly description: string | null;
  readonly place: string | null;
  readonly coordinates: boolean;
}

/**
 * R14.3 an anonymous caller's own words and exact place could name the caller to anyone who reads the public list:
 * for such a request it shows the district alone, without description and coordinates.
 */
export function publicMatterOf(request: {
  readonly anonymous: boolean;
  readonly content: string;
  readonly location: { readonly district?: string; readonly street?: string; readonly address?: string } | null;
}): PublicMatter {
  const location = request.location ?? {};
  if (request.anonymous) return { description: null, place: location.district ?? null, coordinates: false };
  return {
    description: request.content,
    place: location.address ?? ([location.district, location.street].filter(Boolean).join('') || null),
    coordinates: true,
  };
}
