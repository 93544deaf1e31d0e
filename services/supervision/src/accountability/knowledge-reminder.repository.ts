import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertOnce } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { MonthOfUnit, rowsOfMonth } from './month-of-unit';
import { KnowledgeReminder } from './knowledge-reminder.entity';

/** Art. 26(6) reminders sent for stale knowledge articles (`knowledge_reminders`). */
@Injectable()
export class KnowledgeReminderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records the reminder unless the article was already reminded of this month; true when recorded now. */
  add(manager: EntityManager, reminder: KnowledgeReminder): Promise<boolean> {
    return insertOnce(manager, KnowledgeReminder, reminder);
  }

  /** The reminders of the month, oldest first, at most `take`, and how many there are. */
  ofMonth(month: MonthOfUnit, take: number): Promise<[KnowledgeReminder[], number]> {
    const query = this.dataSource.getRepository(KnowledgeReminder).createQueryBuilder('k');
    return rowsOfMonth(query, { at: 'k.remindedAt', id: 'k.id', unit: 'k.ownerUnitId' }, month, take);
  }
}
