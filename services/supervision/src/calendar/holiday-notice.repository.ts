import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HolidayNoticeRecord } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';

/** The State Council's holiday notices, one per year, that every service's working calendar is built from. */
@Injectable()
export class HolidayNoticeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction: a notice is stored together with its announcement in the outbox. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Stores the year's notice, or replaces the one stored (a correction). */
  async save(manager: EntityManager, year: number, notice: Record<string, unknown>, loadedAt: Date): Promise<void> {
    await manager.upsert(HolidayNoticeRecord, { year, notice, loadedAt }, ['year']);
  }
}
