import { RegulationViolationError, StateConflictError } from '../errors/domain-error';

/** A unit's return request (R16.2) as the centre reviews it. */
export interface ReturnUnderReview {
  readonly id: string;
  /** the unit that asked to return the work order */
  readonly unitId: string;
  readonly decision: 'approved' | 'rejected' | null;
}

export interface ReturnVerdict {
  readonly approve: boolean;
  /** the unit the reviewer names to lead it after an approved return */
  readonly leadUnitId?: string;
}

export interface ReturnReviewOutcome {
  readonly step: 'approve-return' | 'reject-return';
  readonly decision: 'approved' | 'rejected';
  /** R16.3: units the re-dispatch leaves out (the unit that returned it, once approved) */
  readonly excludeUnitIds: readonly string[];
}

/**
 * R16.3 (第十六条: 审核通过的，进行职责界定后再次转派；审核未通过的，由承办单位继续办理): a return request is decided
 * once (409 after); approved, duty is re-determined, so the unit that returned it is not its lead unit again (422) and
 * routing leaves it out; rejected, the unit goes on handling it.
 */
export function reviewReturn(review: ReturnUnderReview, verdict: ReturnVerdict): ReturnReviewOutcome {
  if (review.decision) {
    throw new StateConflictError(`return request ${review.id} was already ${review.decision}`, {
      decision: review.decision,
    });
  }
  if (!verdict.approve) return { step: 'reject-return', decision: 'rejected', excludeUnitIds: [] };
  if (verdict.leadUnitId === review.unitId) {
    throw new RegulationViolationError(
      'R16.3',
      `duty is re-determined; ${review.unitId} returned it and cannot be its lead unit again`,
      { field: 'leadUnitId' },
    );
  }
  return { step: 'approve-return', decision: 'approved', excludeUnitIds: [review.unitId] };
}

/** R16.3: the units routing leaves out of a work order's dispatch: those whose return of it was approved, and `more`. */
export function unitsLeftOutByReturns(
  approvedReturnUnitIds: readonly string[],
  more: readonly string[] = [],
): string[] {
  return [...new Set([...approvedReturnUnitIds, ...more])];
}
