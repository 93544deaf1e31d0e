import { Injectable } from '@nestjs/common';
import { ContactRequestFilters, ContactRequestPage, decodePageCursor, encodePageCursor } from '@hotline/contracts';
import { keysetPage } from '@hotline/persistence';
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
    const { rows, ...next } = await keysetPage(
      filters.limit ?? DEFAULT_LIMIT,
      (take) =>
        this.contactRequests.page({
          status: filters.status,
          workOrderId: filters.workOrderId,
          ...(filters.cursor ? { after: decodePageCursor(filters.cursor) } : {}),
          take,
        }),
      (last) => encodePageCursor({ at: last.requestedAt, id: last.id }),
    );
    const numbers = await this.workOrders.numbersOf(rows.map((row) => row.workOrderId));
    return { items: rows.map((row) => contactRequestViewOf(row, numbers.get(row.workOrderId) ?? '')), ...next };
  }
}
