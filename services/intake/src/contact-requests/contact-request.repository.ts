import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ContactRequest } from './contact-request.entity';

export interface ContactRequestPageFilters {
  status?: string;
  workOrderId?: string;
  /** the time and id of the last row of the previous page */
  after?: { at: Date; id: string };
  take: number;
}

export type ContactRequestOutcome = Pick<ContactRequest, 'status' | 'contacted' | 'note' | 'closedBy' | 'closedAt'>;

/** R14.3/R18.1 the units' requests that the centre relay a contact to an anonymous caller (`contact_requests`). */
@Injectable()
export class ContactRequestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, row: ContactRequest): Promise<void> {
    await manager.insert(ContactRequest, row);
  }

  /** The contact request locked for the caller's transaction: a concurrent close waits, then sees it closed. */
  lock(manager: EntityManager, id: string): Promise<ContactRequest | null> {
    return manager.findOne(ContactRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async close(manager: EntityManager, id: string, outcome: ContactRequestOutcome): Promise<void> {
    await manager.update(ContactRequest, id, outcome);
  }

  /** Oldest first: the one waiting longest is served first. */
  page(filters: ContactRequestPageFilters): Promise<ContactRequest[]> {
    const query = this.dataSource
      .getRepository(ContactRequest)
      .createQueryBuilder('c')
      .orderBy('c.requestedAt', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(filters.take);
    if (filters.status) query.andWhere('c.status = :status', { status: filters.status });
    if (filters.workOrderId) query.andWhere('c.workOrderId = :workOrderId', { workOrderId: filters.workOrderId });
    if (filters.after) query.andWhere('(c.requestedAt, c.id) > (:at, :id)', filters.after);
    return query.getMany();
  }
}
