import { Injectable } from '@nestjs/common';
import { CloseContactRequestMessage, ContactRequestClosed, ContactRequestView } from '@hotline/contracts';
import { AccessDeniedError, NotFoundError, StateConflictError } from '@hotline/domain';
import { OutboxWriter, Transactions } from '@hotline/persistence';
import { IntakeWorkOrderRepository } from '../requests/intake-work-order.repository';
import { ContactRequest } from './contact-request.entity';
import { ContactRequestRepository } from './contact-request.repository';
import { contactRequestViewOf } from './contact-request-view';

/** POST /api/v1/contact-requests/{cid}/outcome, at the clock's time. */
export class CloseContactRequestCommand extends CloseContactRequestMessage {
  now: Date;
}

/** R14.3/R18.1 an operator closes a relay task with its outcome, which goes onto the work order's timeline. Once. */
@Injectable()
export class CloseContactRequestUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly contactRequests: ContactRequestRepository,
    private readonly workOrders: IntakeWorkOrderRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute({ actor, contactRequestId, body, now }: CloseContactRequestCommand): Promise<ContactRequestView> {
    if (actor.role !== 'operator')
      throw new AccessDeniedError('only an operator relays to an anonymous caller and records the outcome');
    return this.transactions.run(async (manager) => {
      const row = await this.contactRequests.lock(manager, contactRequestId);
      if (!row) throw new NotFoundError(`no contact request ${contactRequestId}`);
      if (row.status !== 'open') throw new StateConflictError(`contact request ${contactRequestId} is already closed`);
      const note = body.note?.trim() || null;
      const closed: ContactRequest = {
        ...row,
        status: 'closed',
        contacted: body.contacted,
        note,
        closedBy: actor.id,
        closedAt: now,
      };
      await this.contactRequests.close(manager, row.id, {
        status: closed.status,
        contacted: closed.contacted,
        note,
        closedBy: closed.closedBy,
        closedAt: now,
      });
      await this.outbox.add(
        manager,
        ContactRequestClosed,
        {
          contactRequestId: row.id,
          workOrderId: row.workOrderId,
          unitId: row.unitId,
          contacted: body.contacted,
          ...(note ? { note } : {}),
        },
        { actor, workOrderId: row.workOrderId, occurredAt: now },
      );
      return contactRequestViewOf(closed, (await this.workOrders.numberOf(manager, row.workOrderId)) ?? '');
    });
  }
}
