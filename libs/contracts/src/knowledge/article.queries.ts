import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  ARTICLE_STATUSES,
  ArticleStatus,
  KNOWLEDGE_AREAS,
  KnowledgeArea,
  SEARCH_LIMIT_MAX,
} from './knowledge-reference';
import { IsUnitCode } from '../dispatch/unit-code';

/** GET /api/v1/knowledge/search and the knowledge query behind it. Only published articles unless a status is named. */
export class SearchArticlesQuery {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  q: string;

  @IsOptional()
  @IsIn(KNOWLEDGE_AREAS)
  area?: KnowledgeArea;

  @IsOptional()
  @IsIn(ARTICLE_STATUSES)
  status?: ArticleStatus;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SEARCH_LIMIT_MAX)
  limit?: number;
}

/** GET /api/v1/knowledge/articles: filters of the article list. */
export class ListArticlesQuery {
  @IsOptional()
  @IsUnitCode({ message: 'ownerUnitId must be a unit id such as unit-xt-edu' })
  ownerUnitId?: string;

  @IsOptional()
  @IsIn(ARTICLE_STATUSES)
  status?: ArticleStatus;

  @IsOptional()
  @IsIn(KNOWLEDGE_AREAS)
  area?: KnowledgeArea;
}

/** R26.1: published articles whose review date has passed at `now` (the service's clock when left out). */
export class StaleArticlesQuery {
  @IsOptional()
  @IsISO8601({ strict: true })
  now?: string;

  @IsOptional()
  @IsUnitCode({ message: 'ownerUnitId must be a unit id such as unit-xt-edu' })
  ownerUnitId?: string;
}

export interface ArticleView {
  id: string;
  ownerUnitId: string;
  title: string;
  body: string;
  keywords: string[];
  areas: KnowledgeArea[];
  field: string | null;
  category: string | null;
  status: ArticleStatus;
  reviewBy: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ArticleVersionView extends Omit<ArticleView, 'version' | 'createdAt' | 'updatedAt' | 'id'> {
  articleId: string;
  version: number;
  changedBy: { kind: string; id: string; role?: string; unitId?: string };
  changeNote: string | null;
  recordedAt: string;
}

export interface SearchHit {
  id: string;
  title: string;
  ownerUnitId: string;
  areas: KnowledgeArea[];
  field: string | null;
  category: string | null;
  status: ArticleStatus;
  version: number;
  reviewBy: string;
  /** Relevance within the search stage that found the hit; `items` are already in rank order, best first. */
  score: number;
  /** Matched terms wrapped in <mark>…</mark>; the rest of the text is escaped for HTML. */
  titleHighlight: string;
  snippet: string;
}

export interface SearchArticlesResult {
  /** The query's terms after segmentation (jieba search mode), as they were matched. */
  terms: string[];
  items: SearchHit[];
}

export interface StaleArticleView {
  id: string;
  ownerUnitId: string;
  title: string;
  reviewBy: string;
  daysOverdue: number;
  version: number;
}
