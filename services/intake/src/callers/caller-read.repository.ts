import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CallerRead } from './caller-read.entity';

export interface CallerReadPageFilters {
  workOrderId?: string;
  unitId?: string;
  since?: Date;
  /** the time and id of the last row of the previous page */
  before?: { at: Date; id: string };
  take: number;
}

/** R14.3 the audit of clear caller reads (`caller_reads`). */
@Injectable()
export class CallerReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, row: CallerRead): Promise<void> {
    await manager.insert(CallerRead, row);
  }

  /** Newest first. */
  page(filters: CallerReadPageFilters): Promise<CallerRead[]> {
    const query = this.dataSource
      .getRepository(CallerRead)
      .createQueryBuilder('r')
      .orderBy('r.readAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(filters.take);
    if (filters.workOrderId) query.andWhere('r.workOrderId = :workOrderId', { workOrderId: filters.workOrderId });
    if (filters.unitId) query.andWhere('r.unitId = :unitId', { unitId: filters.unitId });
    if (filters.since) query.andWhere('r.readAt >= :since', { since: filters.since });
    if (filters.before) query.andWhere('(r.readAt, r.id) < (:at, :id)', filters.before);
    return query.getMany();
  }

  /** Every clear read by a unit's staff in [start, end), oldest first (of one unit, or of every unit). */
  unitReadsBetween(start: Date, end: Date, unitId?: string): Promise<CallerRead[]> {
    const query = this.dataSource
      .getRepository(CallerRead)
      .createQueryBuilder('r')
      .where('r.readAt >= :start AND r.readAt < :end', { start, end })
      .andWhere('r.unitId IS NOT NULL')
      .orderBy('r.readAt', 'ASC')
      .addOrderBy('r.id', 'ASC');
    if (unitId) query.andWhere('r.unitId = :unitId', { unitId });
    return query.getMany();
  }
}
