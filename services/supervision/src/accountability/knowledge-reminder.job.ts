import { Injectable } from '@nestjs/common';
import { Clock, IntervalJob } from '@hotline/platform';
import { SupervisionConfig } from '../supervision.config';
import { RemindStaleArticlesCommand, RemindStaleArticlesUseCase } from './remind-stale-articles.use-case';

/** Art. 26(6): reminds the owners of stale knowledge articles every HOTLINE_KNOWLEDGE_REMINDER_SWEEP_MS (0 = off). */
@Injectable()
export class KnowledgeReminderJob extends IntervalJob {
  constructor(
    private readonly remind: RemindStaleArticlesUseCase,
    clock: Clock,
    config: SupervisionConfig,
  ) {
    super(clock, config.HOTLINE_KNOWLEDGE_REMINDER_SWEEP_MS);
  }

  protected async run(now: Date): Promise<string | undefined> {
    const sent = await this.remind.execute(new RemindStaleArticlesCommand(now));
    return sent > 0 ? `reminded the owners of ${sent} stale knowledge article(s) (Art. 26(6))` : undefined;
  }
}
