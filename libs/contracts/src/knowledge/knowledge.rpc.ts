import { defineRpc } from '../rpc/rpc-definition';
import { ArticleIdQuery, CreateArticleMessage, UpdateArticleMessage } from './article.commands';
import {
  ArticleVersionView,
  ArticleView,
  ListArticlesQuery,
  SearchArticlesQuery,
  SearchArticlesResult,
  StaleArticlesQuery,
  StaleArticleView,
} from './article.queries';

export const KnowledgeRpc = {
  search: defineRpc<SearchArticlesQuery, SearchArticlesResult>('knowledge', 'articles.search'),
  createArticle: defineRpc<CreateArticleMessage, ArticleView>('knowledge', 'articles.create'),
  updateArticle: defineRpc<UpdateArticleMessage, ArticleView>('knowledge', 'articles.update'),
  getArticle: defineRpc<ArticleIdQuery, ArticleView>('knowledge', 'articles.get'),
  listVersions: defineRpc<ArticleIdQuery, { articleId: string; items: ArticleVersionView[] }>(
    'knowledge',
    'articles.versions',
  ),
  listArticles: defineRpc<ListArticlesQuery, { items: ArticleView[] }>('knowledge', 'articles.list'),
  staleArticles: defineRpc<StaleArticlesQuery, { now: string; items: StaleArticleView[] }>(
    'knowledge',
    'articles.stale',
  ),
};
