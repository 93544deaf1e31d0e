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
import { CreateArticleCommand, CreateArticleUseCase } from './create-article.use-case';
import { GetArticleUseCase } from './get-article.use-case';
import { ListArticleVersionsUseCase } from './list-article-versions.use-case';
import { ListArticlesUseCase } from './list-articles.use-case';
import { ListStaleArticlesCommand, ListStaleArticlesUseCase } from './list-stale-articles.use-case';
import { UpdateArticleCommand, UpdateArticleUseCase } from './update-article.use-case';

@Controller()
export class ArticlesHandler {
  constructor(
    private readonly createArticle: CreateArticleUseCase,
    private readonly updateArticle: UpdateArticleUseCase,
    private readonly getArticle: GetArticleUseCase,
    private readonly listVersions: ListArticleVersionsUseCase,
    private readonly listArticles: ListArticlesUseCase,
    private readonly staleArticles: ListStaleArticlesUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(KnowledgeRpc.createArticle.subject)
  create(@Payload() message: CreateArticleMessage): Promise<ArticleView> {
    return this.createArticle.execute(new CreateArticleCommand(message.article, message.actor, this.clock.now()));
  }

  @MessagePattern(KnowledgeRpc.updateArticle.subject)
  update(@Payload() message: UpdateArticleMessage): Promise<ArticleView> {
    return this.updateArticle.execute(
      new UpdateArticleCommand(message.articleId, message.changes, message.actor, this.clock.now()),
    );
  }

  @MessagePattern(KnowledgeRpc.getArticle.subject)
  get(@Payload() query: ArticleIdQuery): Promise<ArticleView> {
    return this.getArticle.execute(query);
  }

  @MessagePattern(KnowledgeRpc.listVersions.subject)
  versions(@Payload() query: ArticleIdQuery): Promise<{ articleId: string; items: ArticleVersionView[] }> {
    return this.listVersions.execute(query);
  }

  @MessagePattern(KnowledgeRpc.listArticles.subject)
  list(@Payload() query: ListArticlesQuery): Promise<{ items: ArticleView[] }> {
    return this.listArticles.execute(query);
  }

  @MessagePattern(KnowledgeRpc.staleArticles.subject)
  stale(@Payload() query: StaleArticlesQuery): Promise<{ now: string; items: StaleArticleView[] }> {
    return this.staleArticles.execute(
      new ListStaleArticlesCommand(query.now ? new Date(query.now) : this.clock.now(), query.ownerUnitId),
    );
  }
}
