import { ArticleStatus, KnowledgeArea } from '@hotline/contracts';
import { Column } from 'typeorm';

/**
 * What an article says and whose it is: the columns an article's current row (`articles`) and each of its versions
 * (`article_versions`) hold alike, so that a version records the article as it then stood.
 */
export abstract class ArticleContent {
  @Column({ name: 'owner_unit_id', type: 'varchar', length: 64 })
  ownerUnitId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column('text')
  body: string;

  @Column({ type: 'text', array: true })
  keywords: string[];

  @Column({ type: 'text', array: true })
  areas: KnowledgeArea[];

  @Column({ type: 'varchar', length: 64, nullable: true })
  field: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  category: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: ArticleStatus;

  @Column({ name: 'review_by', type: 'date' })
  reviewBy: string;
}

/** The content of an article or of one of its versions, and nothing else of it. */
export function articleContent(from: ArticleContent): ArticleContent {
  return {
    ownerUnitId: from.ownerUnitId,
    title: from.title,
    body: from.body,
    keywords: from.keywords,
    areas: from.areas,
    field: from.field,
    category: from.category,
    status: from.status,
    reviewBy: from.reviewBy,
  };
}
