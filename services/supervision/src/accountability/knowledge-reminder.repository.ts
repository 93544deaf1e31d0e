import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertRows } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { MonthOfUnit } from './accountability-finding.repository';
import { KnowledgeReminder } from './knowledge-reminder.entity';

/** Art. 26(6) reminders sent for stale knowledge articles (`knowledge_reminders`). */
@Injectable()
export class KnowledgeReminderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records the reminder unless the article was already reminded of this month; true when recorded now. */
  async add(manager: EntityManager, reminder: KnowledgeReminder): Promise<boolean> {
    const recorded = await insertRows(manager, KnowledgeReminder, [reminder], 'ON CONFLICT DO NOTHING RETURNING "id"');
    return recorded.length === 1;
  }

  ofMonth(month: MonthOfUnit, take: number): Promise<[KnowledgeReminder[], number]> {
    const query = this.dataSource
      .getRepository(KnowledgeReminder)
      .createQueryBuilder('k')
      .where('k.remindedAt >= :start AND k.remindedAt < :end', month)
      .orderBy('k.remindedAt', 'ASC')
      .addOrderBy('k.id', 'ASC')
      .take(take);
    if (month.unitId) query.andWhere('k.ownerUnitId = :unitId', { unitId: month.unitId });
    return query.getManyAndCount();
  }
}
