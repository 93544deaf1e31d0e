import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContactRequestFilters, ContactRequestPage } from '@hotline/contracts';
import { DataSource, In } from 'typeorm';
import { decodePageCursor, encodePageCursor } from '../callers/page-cursor';
import { IntakeWorkOrder } from '../requests/intake-work-order.entity';
import { ContactRequest } from './contact-request.entity';
import { contactRequestViewOf } from './contact-request-view';

const DEFAULT_LIMIT = 50;

/** The operators' relay tasks, oldest first: the one waiting longest is served first. */
@Injectable()
export class ListContactRequestsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filters: ContactRequestFilters): Promise<ContactRequestPage> {
    const limit = filters.limit ?? DEFAULT_LIMIT;
    const query = this.dataSource.getRepository(ContactRequest).createQueryBuilder('c').orderBy('c.requestedAt', 'ASC').addOrderBy('c.id', 'ASC').take(limit + 1);
    if (filters.status) query.andWhere('c.status = :status', { status: filters.status });
    if (filters.workOrderId) query.andWhere('c.workOrderId = :workOrderId', { workOrderId: filters.workOrderId });
    if (filters.cursor) {
      const { at, id } = decodePageCursor(filters.cursor);
      query.andWhere('(c.requestedAt, c.id) > (:at, :id)', { at, id });
    }
    const rows = await query.getMany();
    const page = rows.slice(0, limit);
    const numbers = await this.numbersOf(page.map((row) => row.workOrderId));
    const last = page[page.length - 1];
    return {
      items: page.map((row) => contactRequestViewOf(row, numbers.get(row.workOrderId) ?? '')),
      ...(rows.length > limit && last ? { nextCursor: encodePageCursor(last.requestedAt, last.id) } : {}),
    };
  }

  private async numbersOf(workOrderIds: string[]): Promise<Map<string, string>> {
    if (workOrderIds.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(IntakeWorkOrder).find({ where: { id: In([...new Set(workOrderIds)]) }, select: { id: true, number: true } });
    return new Map(rows.map((row) => [row.id, row.number]));
  }
}
