import { ActorMessage } from '../events/actor-message';
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
import { REQUEST_FIELDS, RequestField } from '../work-orders/reference';
import { ARTICLE_STATUSES, ArticleStatus, KNOWLEDGE_AREAS, KnowledgeArea } from './knowledge-reference';
import { IsUnitCode } from '../dispatch/unit-code';
import { fieldRule } from '../boundary/field-rule';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The rule of each field of an article, the same when it is written (POST) and when it is changed (PUT, where any
 * field may be left out). Field, category and status may always be left out.
 */
function ArticleTitle(): PropertyDecorator {
  return fieldRule(IsString(), IsNotEmpty(), MaxLength(200));
}

function ArticleBody(): PropertyDecorator {
  return fieldRule(IsString(), IsNotEmpty(), MaxLength(20_000));
}

function ArticleKeywords(): PropertyDecorator {
  return fieldRule(IsArray(), ArrayMaxSize(30), IsString({ each: true }), MaxLength(32, { each: true }));
}

function ArticleAreas(): PropertyDecorator {
  return fieldRule(
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(KNOWLEDGE_AREAS.length),
    IsIn(KNOWLEDGE_AREAS, { each: true }),
  );
}

function ArticleField(): PropertyDecorator {
  return fieldRule(IsOptional(), IsIn(REQUEST_FIELDS));
}

function ArticleCategory(): PropertyDecorator {
  return fieldRule(IsOptional(), IsString(), MaxLength(64));
}

function ArticleStatusField(): PropertyDecorator {
  return fieldRule(IsOptional(), IsIn(ARTICLE_STATUSES));
}

/** R7.1/R26.1: the day by which the owner must confirm the article is still right (YYYY-MM-DD). */
function ArticleReviewBy(): PropertyDecorator {
  return fieldRule(Matches(DATE_ONLY, { message: 'reviewBy must be a date YYYY-MM-DD' }), IsISO8601({ strict: true }));
}

/** POST /api/v1/knowledge/articles. A unit writes for itself (ownerUnitId may be left out); an admin names the owner. */
export class CreateArticleInput {
  @IsOptional()
  @IsUnitCode({ message: 'ownerUnitId must be a unit id such as unit-xt-edu' })
  ownerUnitId?: string;

  @ArticleTitle()
  title: string;

  @ArticleBody()
  body: string;

  @ArticleKeywords()
  keywords: string[];

  @ArticleAreas()
  areas: KnowledgeArea[];

  @ArticleField()
  field?: RequestField;

  @ArticleCategory()
  category?: string;

  @ArticleStatusField()
  status?: ArticleStatus;

  @ArticleReviewBy()
  reviewBy: string;
}

/** PUT /api/v1/knowledge/articles/{id}: the fields to change; every change makes a new version. */
export class UpdateArticleInput {
  @IsOptional()
  @ArticleTitle()
  title?: string;

  @IsOptional()
  @ArticleBody()
  body?: string;

  @IsOptional()
  @ArticleKeywords()
  keywords?: string[];

  @IsOptional()
  @ArticleAreas()
  areas?: KnowledgeArea[];

  @ArticleField()
  field?: RequestField;

  @ArticleCategory()
  category?: string;

  @ArticleStatusField()
  status?: ArticleStatus;

  @IsOptional()
  @ArticleReviewBy()
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

export class CreateArticleMessage extends ActorMessage {
  @ValidateNested()
  @Type(() => CreateArticleInput)
  article: CreateArticleInput;
}

export class UpdateArticleMessage extends ActorMessage {
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
