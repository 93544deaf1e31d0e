/** A range of a partner's sequence numbers not received yet, both ends included. */
export interface SequenceRange {
  from: number;
  to: number;
}

/** What one received sequence number does to a partner's record of what arrived. */
export interface SequencePlacement {
  /** the highest sequence number received so far */
  highest: number;
  /** a new gap, when the number jumped ahead */
  opened?: SequenceRange;
  /** the open gap the number fell into, and what remains of it (none, one or two ranges) */
  filled?: { gap: SequenceRange; remaining: SequenceRange[] };
}

/**
 * R10.2: every partner numbers its messages 1, 2, 3 …; a number that jumps ahead opens a gap (asked for again), a late
 * one fills the open gap it falls into. `gapContaining` is the open gap holding `sequence`, if any.
 */
export function placeSequence(
  highest: number,
  sequence: number,
  gapContaining: SequenceRange | null,
): SequencePlacement {
  if (sequence > highest + 1) return { highest: sequence, opened: { from: highest + 1, to: sequence - 1 } };
  if (sequence === highest + 1) return { highest: sequence };
  if (!gapContaining || sequence < gapContaining.from || sequence > gapContaining.to) return { highest };
  const remaining = [
    { from: gapContaining.from, to: sequence - 1 },
    { from: sequence + 1, to: gapContaining.to },
  ].filter((range) => range.from <= range.to);
  return { highest, filled: { gap: gapContaining, remaining } };
}

/** R10.2: the highest number up to which every message of the partner has arrived. */
export function contiguousThrough(highest: number, openGaps: readonly SequenceRange[]): number {
  return openGaps.reduce((through, gap) => Math.min(through, gap.from - 1), highest);
}

/**
 * R10.2: an open gap is asked for again after `backoffMs`, doubling with each request; after `maxRequests` it is
 * taken as one that cannot be filled, and the branch is reconciled instead.
 */
export function gapRequestDue(
  gap: { requestedAt: Date | null; requests: number },
  now: Date,
  backoffMs: number,
): boolean {
  if (!gap.requestedAt) return true;
  const wait = backoffMs * 2 ** Math.max(0, Math.min(gap.requests - 1, 10));
  return now.getTime() - gap.requestedAt.getTime() >= wait;
}
