import { Injectable } from '@nestjs/common';
import { ContactRequestFilters, ContactRequestPage, decodePageCursor, encodePageCursor } from '@hotline/contracts';
import { IntakeWorkOrderRepository } from '../requests/intake-work-order.repository';
import { ContactRequestRepository } from './contact-request.repository';
import { contactRequestViewOf } from './contact-request-view';

const DEFAULT_LIMIT = 50;

/** GET /api/v1/contact-requests?status=: by status and work order, a page after a cursor. */
export type ListContactRequestsCommand = ContactRequestFilters;

/** The operators' relay tasks, oldest first: the one waiting longest is served first. */
@Injectable()
export class ListContactRequestsUseCase {
  constructor(
    private readonly contactRequests: ContactRequestRepository,
    private readonly workOrders: IntakeWorkOrderRepository,
  ) {}

  async execute(filters: ListContactRequestsCommand): Promise<ContactRequestPage> {
    const limit = filters.limit ?? DEFAULT_LIMIT;
    const rows = await this.contactRequests.page({
      status: filters.status,
      workOrderId: filters.workOrderId,
      ...(filters.cursor ? { after: decodePageCursor(filters.cursor) } : {}),
      take: limit + 1,
    });
    const page = rows.slice(0, limit);
    const numbers = await this.workOrders.numbersOf(page.map((row) => row.workOrderId));
    const last = page[page.length - 1];
    return {
      items: page.map((row) => contactRequestViewOf(row, numbers.get(row.workOrderId) ?? '')),
      ...(rows.length > limit && last ? { nextCursor: encodePageCursor({ at: last.requestedAt, id: last.id }) } : {}),
    };
  }
}
