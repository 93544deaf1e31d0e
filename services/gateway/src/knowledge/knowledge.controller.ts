import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import {
  Actor,
  ArticleVersionView,
  ArticleView,
  CreateArticleInput,
  KnowledgeRpc,
  ListArticlesQuery,
  SearchArticlesQuery,
  SearchArticlesResult,
  StaleArticlesQuery,
  StaleArticleView,
  UpdateArticleInput,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';
import { PathParam } from '../path-params/path-param';
import { ARTICLE_ID } from '../path-params/path-param-kinds';

/** The knowledge base (R7.1): search for all staff; units write and update their own articles (R8.1); stale report (R26.1). */
@ApiTags('knowledge')
@ApiBearerAuth()
@Roles('operator', 'reviewer', 'supervisor', 'unit', 'admin')
@Controller('api/v1/knowledge')
export class KnowledgeController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('search')
  @ApiOperation({
    summary:
      'Full-text search (Chinese, segmented), ranked, with highlights; published articles unless a status is named (R7.1, R15.1)',
  })
  search(@Query() query: SearchArticlesQuery): Promise<SearchArticlesResult> {
    return this.rpc.request(KnowledgeRpc.search, query);
  }

  @Get('articles')
  @ApiOperation({ summary: 'Articles by owner unit, status and area, latest change first' })
  list(@Query() query: ListArticlesQuery): Promise<{ items: ArticleView[] }> {
    return this.rpc.request(KnowledgeRpc.listArticles, query);
  }

  @Get('articles/:id')
  @ApiOperation({ summary: 'The current version of an article' })
  get(@PathParam('id', ARTICLE_ID) id: string): Promise<ArticleView> {
    return this.rpc.request(KnowledgeRpc.getArticle, { articleId: id });
  }

  @Get('articles/:id/versions')
  @ApiOperation({ summary: 'Every version of an article, oldest first; versions are never changed (R7.1)' })
  versions(@PathParam('id', ARTICLE_ID) id: string): Promise<{ articleId: string; items: ArticleVersionView[] }> {
    return this.rpc.request(KnowledgeRpc.listVersions, { articleId: id });
  }

  @Post('articles')
  @HttpCode(201)
  @Roles('admin', 'unit')
  @ApiOperation({ summary: 'Write an article: a unit for itself, an admin for the unit it names (R8.1)' })
  create(@Body() article: CreateArticleInput, @CurrentActor() actor: Actor): Promise<ArticleView> {
    return this.rpc.request(KnowledgeRpc.createArticle, { actor, article });
  }

  @Put('articles/:id')
  @Roles('admin', 'unit')
  @ApiOperation({ summary: 'Change an article as a new version: a unit only its own, an admin any (R7.1, R8.1)' })
  update(
    @PathParam('id', ARTICLE_ID) id: string,
    @Body() changes: UpdateArticleInput,
    @CurrentActor() actor: Actor,
  ): Promise<ArticleView> {
    return this.rpc.request(KnowledgeRpc.updateArticle, { actor, articleId: id, changes });
  }

  @Get('stale')
  @Roles('supervisor', 'admin')
  @ApiOperation({
    summary:
      'Published articles past their review date, most overdue first (R26.1); `now` evaluates as of another instant',
  })
  stale(@Query() query: StaleArticlesQuery): Promise<{ now: string; items: StaleArticleView[] }> {
    return this.rpc.request(KnowledgeRpc.staleArticles, query);
  }
}
