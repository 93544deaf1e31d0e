import { Injectable } from '@nestjs/common';
import { ArticleView, KnowledgeRpc } from '@hotline/contracts';
import { ArticleCitation, citeArticle } from '@hotline/domain';
import { ProblemError, RpcClient } from '@hotline/messaging';

/**
 * R15.1 the article an answer cites, asked of the knowledge service over NATS: 422 when it does not exist or is not
 * published; the knowledge service's own problem (503, 504) when it cannot say, so nothing is recorded unverified.
 */
@Injectable()
export class KnowledgeCitations {
  constructor(private readonly rpc: RpcClient) {}

  async cite(articleId: string, field: string): Promise<ArticleCitation> {
    return citeArticle(articleId, await this.find(articleId), field);
  }

  private async find(articleId: string): Promise<ArticleView | undefined> {
    try {
      return await this.rpc.request(KnowledgeRpc.getArticle, { articleId });
    } catch (error) {
      if (error instanceof ProblemError && error.problem.statusCode === 404) return undefined;
      throw error;
    }
  }
}
