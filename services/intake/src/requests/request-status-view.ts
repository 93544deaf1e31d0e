import { RequestStatusView } from '@hotline/contracts';
import { isOpenStatus } from '@hotline/domain';
import { RequestStatusRow } from './citizen-request.repository';

/** A request and the status of its work order, for Open311 and other channels (R2.1). No caller data. */
export function requestStatusViewOf(row: RequestStatusRow): RequestStatusView {
  return {
    requestId: row.id,
    workOrderId: row.workOrderId,
    number: row.number,
    channel: row.channel,
    type: row.type,
    field: row.field,
    category: row.category,
    content: row.content,
    status: row.status,
    open: isOpenStatus(row.status),
    location: row.location,
    anonymous: row.anonymous,
    ...(row.rejectionReasonCode !== null
      ? { rejection: { reasonCode: row.rejectionReasonCode, basis: row.rejectionBasis ?? '' } }
      : {}),
    ...(row.articleId ? { articleId: row.articleId } : {}),
    receivedAt: row.receivedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
