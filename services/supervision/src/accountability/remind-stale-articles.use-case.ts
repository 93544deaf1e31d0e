import { Injectable } from '@nestjs/common';
import { Actor, KnowledgeReminderSent, KnowledgeRpc } from '@hotline/contracts';
import { beijingDayOf, dayToIsoDate } from '@hotline/domain';
import { RpcClient } from '@hotline/messaging';
import { OutboxWriter, Transactions } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { KnowledgeReminderRepository } from './knowledge-reminder.repository';

export const KNOWLEDGE_REMINDER_ACTOR: Actor = Object.freeze({ kind: 'system', id: 'knowledge-reminder-job' }) as Actor;

export class RemindStaleArticlesCommand {
  constructor(readonly now: Date) {}
}

/**
 * Art. 26(6) 催办: every published knowledge article past its review date (the knowledge service's staleness report)
 * gets one reminder a month to its owning unit, recorded with `KnowledgeReminderSent` in one transaction; the
 * register shows the reminders. A second run in the month, or another replica, finds them recorded and sends none.
 */
@Injectable()
export class RemindStaleArticlesUseCase {
  constructor(
    private readonly rpc: RpcClient,
    private readonly transactions: Transactions,
    private readonly reminders: KnowledgeReminderRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute({ now }: RemindStaleArticlesCommand): Promise<number> {
    const stale = await this.rpc.request(KnowledgeRpc.staleArticles, { now: now.toISOString() });
    const month = dayToIsoDate(beijingDayOf(now)).slice(0, 7);
    let sent = 0;
    for (const article of stale.items) {
      const reminder = {
        id: randomUUID(),
        articleId: article.id,
        month,
        ownerUnitId: article.ownerUnitId,
        title: article.title,
        reviewBy: article.reviewBy,
        daysOverdue: article.daysOverdue,
        articleVersion: article.version,
        remindedAt: now,
      };
      const recorded = await this.transactions.run(async (manager) => {
        if (!(await this.reminders.add(manager, reminder))) return false;
        await this.outbox.add(
          manager,
          KnowledgeReminderSent,
          {
            reminderId: reminder.id,
            articleId: reminder.articleId,
            ownerUnitId: reminder.ownerUnitId,
            title: reminder.title,
            reviewBy: reminder.reviewBy,
            daysOverdue: reminder.daysOverdue,
            articleVersion: reminder.articleVersion,
          },
          { actor: KNOWLEDGE_REMINDER_ACTOR, occurredAt: now },
        );
        return true;
      });
      if (recorded) sent++;
    }
    return sent;
  }
}
