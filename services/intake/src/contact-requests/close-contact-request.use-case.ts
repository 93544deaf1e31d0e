import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CloseContactRequestMessage, ContactRequestClosed, ContactRequestView } from '@hotline/contracts';
import { OutboxWriter } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { IntakeWorkOrder } from '../requests/intake-work-order.entity';
import { ContactRequest } from './contact-request.entity';
import { contactRequestViewOf } from './contact-request-view';

/** R14.3/R18.1 an operator closes a relay task with its outcome, which goes onto the work order's timeline. Once. */
@Injectable()
export class CloseContactRequestUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  execute({ actor, contactRequestId, body }: CloseContactRequestMessage, now: Date): Promise<ContactRequestView> {
    if (actor.role !== 'operator') throw new ForbiddenException('only an operator relays to an anonymous caller and records the outcome');
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(ContactRequest, { where: { id: contactRequestId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundException(`no contact request ${contactRequestId}`);
      if (row.status !== 'open') throw new ConflictException(`contact request ${contactRequestId} is already closed`);
      const note = body.note?.trim() || null;
      const closed: ContactRequest = { ...row, status: 'closed', contacted: body.contacted, note, closedBy: actor.id, closedAt: now };
      await manager.update(ContactRequest, row.id, { status: closed.status, contacted: closed.contacted, note, closedBy: closed.closedBy, closedAt: now });
      await this.outbox.add(
        manager,
        ContactRequestClosed,
        { contactRequestId: row.id, workOrderId: row.workOrderId, unitId: row.unitId, contacted: body.contacted, ...(note ? { note } : {}) },
        { actor, workOrderId: row.workOrderId, occurredAt: now },
      );
      const workOrder = await manager.findOneOrFail(IntakeWorkOrder, { where: { id: row.workOrderId } });
      return contactRequestViewOf(closed, workOrder.number);
    });
  }
}
