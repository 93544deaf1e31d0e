import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaleArticleView } from '@hotline/contracts';
import { DataSource } from 'typeorm';
import { Article } from './article.entity';
import { daysPastReview, staleBefore } from './staleness';

/** R26.1: the staleness report — published articles whose review date has passed, most overdue first. */
@Injectable()
export class ListStaleArticlesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(now: Date, ownerUnitId?: string): Promise<{ now: string; items: StaleArticleView[] }> {
    const builder = this.dataSource
      .getRepository(Article)
      .createQueryBuilder('a')
      .where(`a.status = 'published'`)
      .andWhere('a.review_by < :today', { today: staleBefore(now) })
      .orderBy('a.review_by', 'ASC')
      .addOrderBy('a.id');
    if (ownerUnitId) builder.andWhere('a.owner_unit_id = :ownerUnitId', { ownerUnitId });
    const stale = await builder.getMany();
    return {
      now: now.toISOString(),
      items: stale.map((a) => ({ id: a.id, ownerUnitId: a.ownerUnitId, title: a.title, reviewBy: a.reviewBy, daysOverdue: daysPastReview(a.reviewBy, now), version: a.version })),
    };
  }
}
