import { ContactRequestView } from '@hotline/contracts';
import { ContactRequest } from './contact-request.entity';

export function contactRequestViewOf(row: ContactRequest, number: string): ContactRequestView {
  return {
    id: row.id,
    workOrderId: row.workOrderId,
    number,
    unitId: row.unitId,
    requestedBy: row.requestedBy,
    message: row.message,
    status: row.status,
    requestedAt: row.requestedAt.toISOString(),
    ...(row.closedAt && row.closedBy
      ? {
          outcome: {
            contacted: row.contacted === true,
            ...(row.note ? { note: row.note } : {}),
            closedBy: row.closedBy,
            closedAt: row.closedAt.toISOString(),
          },
        }
      : {}),
  };
}
