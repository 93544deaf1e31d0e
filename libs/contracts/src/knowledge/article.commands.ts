import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Actor } from '../events/event-envelope';
import { REQUEST_FIELDS, RequestField } from '../work-orders/reference';
import { ARTICLE_STATUSES, ArticleStatus, KNOWLEDGE_AREAS, KnowledgeArea } from './knowledge-reference';
import { IsUnitCode } from '../dispatch/unit-code';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** POST /api/v1/knowledge/articles. A unit writes for itself (ownerUnitId may be left out); an admin names the owner. */
export class CreateArticleInput {
  @IsOptional()
  @IsUnitCode({ message: 'ownerUnitId must be a unit id such as unit-xt-edu' })
  ownerUnitId?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  body: string;

  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  keywords: string[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(KNOWLEDGE_AREAS.length)
  @IsIn(KNOWLEDGE_AREAS, { each: true })
  areas: KnowledgeArea[];

  @IsOptional()
  @IsIn(REQUEST_FIELDS)
  field?: RequestField;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  category?: string;

  @IsOptional()
  @IsIn(ARTICLE_STATUSES)
  status?: ArticleStatus;

  /** R7.1/R26.1: the day by which the owner must confirm the article is still right (YYYY-MM-DD). */
  @Matches(DATE_ONLY, { message: 'reviewBy must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  reviewBy: string;
}

/** PUT /api/v1/knowledge/articles/{id}: the fields to change; every change makes a new version. */
export class UpdateArticleInput {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  body?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  keywords?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(KNOWLEDGE_AREAS.length)
  @IsIn(KNOWLEDGE_AREAS, { each: true })
  areas?: KnowledgeArea[];

  @IsOptional()
  @IsIn(REQUEST_FIELDS)
  field?: RequestField;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  category?: string;

  @IsOptional()
  @IsIn(ARTICLE_STATUSES)
  status?: ArticleStatus;

  @IsOptional()
  @Matches(DATE_ONLY, { message: 'reviewBy must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  reviewBy?: string;

  /** The version the editor saw; a different current version answers 409 (a concurrent edit). */
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  changeNote?: string;
}

export class CreateArticleMessage {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;

  @ValidateNested()
  @Type(() => CreateArticleInput)
  article: CreateArticleInput;
}

export class UpdateArticleMessage {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;

  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  articleId: string;

  @ValidateNested()
  @Type(() => UpdateArticleInput)
  changes: UpdateArticleInput;
}

export class ArticleIdQuery {
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  articleId: string;
}
