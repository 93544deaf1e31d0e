import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaleArticleView } from '@hotline/contracts';
import { articleStaleness, STALE_CANDIDATE_STATUS, staleBefore } from '@hotline/domain';
import { DataSource } from 'typeorm';
import { Article } from './article.entity';

/** R26.1: the staleness report — published articles whose review date has passed, most overdue first. */
@Injectable()
export class ListStaleArticlesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(now: Date, ownerUnitId?: string): Promise<{ now: string; items: StaleArticleView[] }> {
    const builder = this.dataSource
      .getRepository(Article)
      .createQueryBuilder('a')
      .where('a.status = :status', { status: STALE_CANDIDATE_STATUS })
      .andWhere('a.review_by < :today', { today: staleBefore(now) })
      .orderBy('a.review_by', 'ASC')
      .addOrderBy('a.id');
    if (ownerUnitId) builder.andWhere('a.owner_unit_id = :ownerUnitId', { ownerUnitId });
    const stale = await builder.getMany();
    return {
      now: now.toISOString(),
      // The query narrows the rows; the domain decides which are stale and by how many days.
      items: stale.flatMap((a) => {
        const staleness = articleStaleness(a, now);
        return staleness.stale ? [{ id: a.id, ownerUnitId: a.ownerUnitId, title: a.title, reviewBy: a.reviewBy, daysOverdue: staleness.daysOverdue, version: a.version }] : [];
      }),
    };
  }
}
