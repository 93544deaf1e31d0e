import { FINAL_STATUSES, WorkOrderStatus } from '../lifecycle/work-order-status';
import { bigramJaccard, normaliseForSimilarity } from './text-similarity';

export interface RequestFingerprint {
  readonly callerHash?: string | null;
  readonly district?: string | null;
  readonly street?: string | null;
  readonly address?: string | null;
  readonly content: string;
}

export interface RepeatCandidate extends RequestFingerprint {
  readonly requestId: string;
  readonly workOrderId: string;
  readonly number: string;
  readonly status: string;
  readonly receivedAt: Date;
}

export interface RepeatThresholds {
  /** Same caller: a lower bar, the caller tends to retell the same matter in other words. */
  readonly sameCaller: number;
  readonly samePlace: number;
}

export const DEFAULT_REPEAT_THRESHOLDS: RepeatThresholds = { sameCaller: 0.2, samePlace: 0.3 };

export type RepeatBasis = 'same-caller' | 'same-place';

export interface LikelyRepeat {
  readonly requestId: string;
  readonly workOrderId: string;
  readonly number: string;
  readonly status: string;
  /** R13.1 reason 4 covers both: a matter still in progress, or one lawfully finished. */
  readonly open: boolean;
  readonly basis: readonly RepeatBasis[];
  readonly similarity: number;
  readonly receivedAt: Date;
}

/** Statuses of a finished matter: the final ones, and completed (it waits only for the callback). */
export const FINISHED_STATUSES: readonly WorkOrderStatus[] = [...FINAL_STATUSES, 'closed-online', 'completed'];

export function isOpenStatus(status: string): boolean {
  return !(FINISHED_STATUSES as readonly string[]).includes(status);
}

type PlaceOf = Pick<RequestFingerprint, 'district' | 'street' | 'address'>;
/** Who made a request and where: all a repeat scan needs to know before it reads the text. */
type Whereabouts = Omit<RequestFingerprint, 'content'>;

/** Same place: same district and the same street or address (spacing and punctuation ignored). */
export function isSamePlace(a: PlaceOf, b: PlaceOf): boolean {
  if (!a.district || a.district !== b.district) return false;
  const same = (x?: string | null, y?: string | null) =>
    !!x && !!y && normaliseForSimilarity(x) === normaliseForSimilarity(y);
  return same(a.street, b.street) || same(a.address, b.address);
}

/**
 * R13.2 whether a recorded request is worth comparing texts with: the same caller or the same place. Any other gets
 * no basis whatever its text, so a repeat scan may read the content of these only.
 */
export function isRepeatCandidate(current: Whereabouts, other: Whereabouts): boolean {
  return (!!current.callerHash && other.callerHash === current.callerHash) || isSamePlace(current, other);
}

/**
 * R13.2 likely repeats of a request: same caller (keyed phone hash) or same place, with similar content,
 * open or closed — the operator decides whether there are new facts (R13.1 reason 4). Most similar first.
 */
export function findLikelyRepeats(
  current: RequestFingerprint,
  candidates: readonly RepeatCandidate[],
  thresholds: RepeatThresholds = DEFAULT_REPEAT_THRESHOLDS,
): LikelyRepeat[] {
  return candidates
    .map((candidate) => {
      const sameCaller = !!current.callerHash && candidate.callerHash === current.callerHash;
      const samePlace = isSamePlace(current, candidate);
      // Comparing the texts is the costly part: only for a candidate of the same caller or place.
      const similarity = sameCaller || samePlace ? bigramJaccard(current.content, candidate.content) : 0;
      const basis: RepeatBasis[] = [];
      if (sameCaller && similarity >= thresholds.sameCaller) basis.push('same-caller');
      if (samePlace && similarity >= thresholds.samePlace) basis.push('same-place');
      return { candidate, similarity, basis };
    })
    .filter(({ basis }) => basis.length > 0)
    .sort((a, b) => b.similarity - a.similarity)
    .map(({ candidate, similarity, basis }) => ({
      requestId: candidate.requestId,
      workOrderId: candidate.workOrderId,
      number: candidate.number,
      status: candidate.status,
      open: isOpenStatus(candidate.status),
      basis,
      similarity: Math.round(similarity * 100) / 100,
      receivedAt: candidate.receivedAt,
    }));
}
