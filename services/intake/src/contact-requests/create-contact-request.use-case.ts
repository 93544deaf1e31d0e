import { Injectable } from '@nestjs/common';
import { ContactRequested, ContactRequestView, CreateContactRequestMessage, domainActorOf } from '@hotline/contracts';
import {
  AccessDeniedError,
  decideContactRequest,
  NAMED_CALLER_RELAY_REFUSAL,
  RegulationViolationError,
} from '@hotline/domain';
import { OutboxWriter, Transactions } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { WorkOrderCallers } from '../callers/work-order-callers';
import { ContactRequest } from './contact-request.entity';
import { ContactRequestRepository } from './contact-request.repository';
import { contactRequestViewOf } from './contact-request-view';

/** POST /api/v1/work-orders/{id}/contact-requests, at the clock's time. */
export class CreateContactRequestCommand extends CreateContactRequestMessage {
  now: Date;
}

/**
 * R14.3/R18.1 the lead or a co unit asks the centre to relay a contact to an anonymous caller: an open operator task,
 * announced on the work order's timeline in the same transaction.
 */
@Injectable()
export class CreateContactRequestUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly contactRequests: ContactRequestRepository,
    private readonly callers: WorkOrderCallers,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute({ actor, workOrderId, body, now }: CreateContactRequestCommand): Promise<ContactRequestView> {
    const requester = domainActorOf(actor);
    const { request, workOrder, order } = await this.callers.findFor(requester, { workOrderId });
    const decision = decideContactRequest(requester, order ?? {}, request);
    if (!decision.allowed)
      throw decision.status === 403
        ? new AccessDeniedError(decision.why)
        : new RegulationViolationError('R14.3', NAMED_CALLER_RELAY_REFUSAL);
    const row: ContactRequest = {
      id: randomUUID(),
      workOrderId,
      requestId: request.id,
      unitId: String(actor.unitId),
      requestedBy: actor.id,
      message: body.message.trim(),
      status: 'open',
      requestedAt: now,
      contacted: null,
      note: null,
      closedBy: null,
      closedAt: null,
    };
    await this.transactions.run(async (manager) => {
      await this.contactRequests.insert(manager, row);
      await this.outbox.add(
        manager,
        ContactRequested,
        { contactRequestId: row.id, workOrderId, unitId: row.unitId, message: row.message },
        { actor, workOrderId, occurredAt: now },
      );
    });
    return contactRequestViewOf(row, workOrder.number);
  }
}
