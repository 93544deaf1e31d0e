import { Injectable } from '@nestjs/common';
import { StaleArticleView } from '@hotline/contracts';
import { articleStaleness, STALE_CANDIDATE_STATUS, staleBefore } from '@hotline/domain';
import { ArticleRepository } from './article.repository';

export class ListStaleArticlesCommand {
  constructor(
    readonly now: Date,
    readonly ownerUnitId?: string,
  ) {}
}

/** R26.1: the staleness report — published articles whose review date has passed, most overdue first. */
@Injectable()
export class ListStaleArticlesUseCase {
  constructor(private readonly articles: ArticleRepository) {}

  async execute({ now, ownerUnitId }: ListStaleArticlesCommand): Promise<{ now: string; items: StaleArticleView[] }> {
    const candidates = await this.articles.reviewDueBefore(STALE_CANDIDATE_STATUS, staleBefore(now), ownerUnitId);
    return {
      now: now.toISOString(),
      // The query narrows the rows; the domain decides which are stale and by how many days.
      items: candidates.flatMap((a) => {
        const staleness = articleStaleness(a, now);
        return staleness.stale
          ? [
              {
                id: a.id,
                ownerUnitId: a.ownerUnitId,
                title: a.title,
                reviewBy: a.reviewBy,
                daysOverdue: staleness.daysOverdue,
                version: a.version,
              },
            ]
          : [];
      }),
    };
  }
}
