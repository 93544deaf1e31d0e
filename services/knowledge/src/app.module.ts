import { Module } from '@nestjs/common';
import { MessagingModule } from '@hotline/messaging';
import { PlatformModule, ServiceConfigModule } from '@hotline/platform';
import { PersistenceModule } from '@hotline/persistence';
import { KnowledgeConfig } from './knowledge.config';
import { ArticleWriter } from './articles/article-writer';
import { ArticleRepository } from './articles/article.repository';
import { ArticleVersion } from './articles/article-version.entity';
import { Article } from './articles/article.entity';
import { ArticlesHandler } from './articles/articles.handler';
import { CreateArticleUseCase } from './articles/create-article.use-case';
import { GetArticleUseCase } from './articles/get-article.use-case';
import { ListArticleVersionsUseCase } from './articles/list-article-versions.use-case';
import { ListArticlesUseCase } from './articles/list-articles.use-case';
import { ListStaleArticlesUseCase } from './articles/list-stale-articles.use-case';
import { UpdateArticleUseCase } from './articles/update-article.use-case';
import { KnowledgeTables1764000000600 } from './migrations/1764000000600-knowledge-tables';
import { KnowledgeSearchHead1764000000601 } from './migrations/1764000000601-knowledge-search-head';
import { SeedOwnersInDirectory1765160000001 } from './migrations/1765160000001-seed-owners-in-directory';
import { ArticleSearchRepository } from './search/article-search.repository';
import { SearchArticlesUseCase } from './search/search-articles.use-case';
import { TRIGRAM_THRESHOLD } from './search/search-query';
import { SearchHandler } from './search/search.handler';
import { KnowledgeSeeder } from './seed/knowledge-seeder';

export const KNOWLEDGE_ENTITIES = [Article, ArticleVersion];
export const KNOWLEDGE_MIGRATIONS = [
  KnowledgeTables1764000000600,
  KnowledgeSearchHead1764000000601,
  SeedOwnersInDirectory1765160000001,
];
/** What every connection of knowledge starts with: the trigram search stage's threshold, for its `<%` operator. */
export const KNOWLEDGE_CONNECTION_SETTINGS = { 'pg_trgm.word_similarity_threshold': String(TRIGRAM_THRESHOLD) };

@Module({
  imports: [
    ServiceConfigModule.forRoot(KnowledgeConfig),
    PersistenceModule.forService({
      service: 'knowledge',
      entities: KNOWLEDGE_ENTITIES,
      migrations: KNOWLEDGE_MIGRATIONS,
      settings: KNOWLEDGE_CONNECTION_SETTINGS,
    }),
    MessagingModule.forService('knowledge'),
    PlatformModule.forService(),
  ],
  controllers: [ArticlesHandler, SearchHandler],
  providers: [
    ArticleRepository,
    ArticleSearchRepository,
    ArticleWriter,
    CreateArticleUseCase,
    UpdateArticleUseCase,
    GetArticleUseCase,
    ListArticleVersionsUseCase,
    ListArticlesUseCase,
    ListStaleArticlesUseCase,
    SearchArticlesUseCase,
    KnowledgeSeeder,
  ],
})
export class AppModule {}
