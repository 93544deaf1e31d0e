import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ArticleIdQuery,
  ArticleVersionView,
  ArticleView,
  CreateArticleMessage,
  KnowledgeRpc,
  ListArticlesQuery,
  StaleArticlesQuery,
  StaleArticleView,
  UpdateArticleMessage,
} from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { CreateArticleUseCase } from './create-article.use-case';
import { ListStaleArticlesUseCase } from './list-stale-articles.use-case';
import { ReadArticlesUseCase } from './read-articles.use-case';
import { UpdateArticleUseCase } from './update-article.use-case';

@Controller()
export class ArticlesHandler {
  constructor(
    private readonly createArticle: CreateArticleUseCase,
    private readonly updateArticle: UpdateArticleUseCase,
    private readonly readArticles: ReadArticlesUseCase,
    private readonly staleArticles: ListStaleArticlesUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(KnowledgeRpc.createArticle.subject)
  create(@Payload() message: CreateArticleMessage): Promise<ArticleView> {
    return this.createArticle.execute(message.article, message.actor, this.clock.now());
  }

  @MessagePattern(KnowledgeRpc.updateArticle.subject)
  update(@Payload() message: UpdateArticleMessage): Promise<ArticleView> {
    return this.updateArticle.execute(message.articleId, message.changes, message.actor, this.clock.now());
  }

  @MessagePattern(KnowledgeRpc.getArticle.subject)
  get(@Payload() query: ArticleIdQuery): Promise<ArticleView> {
    return this.readArticles.get(query.articleId);
  }

  @MessagePattern(KnowledgeRpc.listVersions.subject)
  versions(@Payload() query: ArticleIdQuery): Promise<{ articleId: string; items: ArticleVersionView[] }> {
    return this.readArticles.versions(query.articleId);
  }

  @MessagePattern(KnowledgeRpc.listArticles.subject)
  list(@Payload() query: ListArticlesQuery): Promise<{ items: ArticleView[] }> {
    return this.readArticles.list(query);
  }

  @MessagePattern(KnowledgeRpc.staleArticles.subject)
  stale(@Payload() query: StaleArticlesQuery): Promise<{ now: string; items: StaleArticleView[] }> {
    return this.staleArticles.execute(query.now ? new Date(query.now) : this.clock.now(), query.ownerUnitId);
  }
}
