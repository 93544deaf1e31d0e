import { ReturnView } from '@hotline/contracts';
import { ReturnReviewRecord } from './return-review.entity';

export function toReturnView(record: ReturnReviewRecord): ReturnView {
  return {
    id: record.id,
    workOrderId: record.workOrderId,
    unitId: record.unitId,
    reason: record.reason,
    basis: record.basis,
    requestedAt: record.requestedAt.toISOString(),
    ...(record.decision ? { decision: record.decision } : {}),
    ...(record.comment ? { comment: record.comment } : {}),
    ...(record.reviewerId ? { reviewerId: record.reviewerId } : {}),
    ...(record.decidedAt ? { decidedAt: record.decidedAt.toISOString() } : {}),
    ...(record.redispatchedTo ? { redispatchedTo: record.redispatchedTo } : {}),
  };
}
