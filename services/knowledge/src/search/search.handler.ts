import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { KnowledgeRpc, SearchArticlesQuery, SearchArticlesResult } from '@hotline/contracts';
import { SearchArticlesUseCase } from './search-articles.use-case';

@Controller()
export class SearchHandler {
  constructor(private readonly searchArticles: SearchArticlesUseCase) {}

  @MessagePattern(KnowledgeRpc.search.subject)
  search(@Payload() query: SearchArticlesQuery): Promise<SearchArticlesResult> {
    return this.searchArticles.execute(query);
  }
}
