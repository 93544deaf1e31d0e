import { ForbiddenException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContactRequested, ContactRequestView, CreateContactRequestMessage, domainActorOf } from '@hotline/contracts';
import { decideContactRequest } from '@hotline/domain';
import { OutboxWriter } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WorkOrderCallers } from '../callers/work-order-callers';
import { ContactRequest } from './contact-request.entity';
import { contactRequestViewOf } from './contact-request-view';

/**
 * R14.3/R18.1 the lead or a co unit asks the centre to relay a contact to an anonymous caller: an open operator task,
 * announced on the work order's timeline in the same transaction.
 */
@Injectable()
export class CreateContactRequestUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly callers: WorkOrderCallers,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute({ actor, workOrderId, body }: CreateContactRequestMessage, now: Date): Promise<ContactRequestView> {
    const requester = domainActorOf(actor);
    const { request, workOrder, order } = await this.callers.findFor(requester, { workOrderId });
    const decision = decideContactRequest(requester, order ?? {}, request);
    if (!decision.allowed) throw decision.status === 403 ? new ForbiddenException(decision.why) : new UnprocessableEntityException(decision.why);
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
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(ContactRequest, row);
      await this.outbox.add(manager, ContactRequested, { contactRequestId: row.id, workOrderId, unitId: row.unitId, message: row.message }, { actor, workOrderId, occurredAt: now });
    });
    return contactRequestViewOf(row, workOrder.number);
  }
}
