import { ArrayMinSize, IsArray, IsInt, IsISO8601, IsString, Min } from 'class-validator';
import { defineEvent } from '../events/event-definition';

/** A version of an article became the published answer (first publication, an edit of a published article, or republication). */
export class ArticlePublishedPayload {
  @IsString()
  articleId: string;

  @IsInt()
  @Min(1)
  version: number;

  @IsString()
  ownerUnitId: string;

  @IsString()
  title: string;

  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  areas: string[];

  @IsISO8601({ strict: true })
  reviewBy: string;
}

export class ArticleRetiredPayload {
  @IsString()
  articleId: string;

  @IsInt()
  @Min(1)
  version: number;

  @IsString()
  ownerUnitId: string;
}

export const ArticlePublished = defineEvent('knowledge', 'article-published', 1, ArticlePublishedPayload);
export const ArticleRetired = defineEvent('knowledge', 'article-retired', 1, ArticleRetiredPayload);
