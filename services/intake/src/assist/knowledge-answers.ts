import { Injectable, Logger } from '@nestjs/common';
import { KnowledgeAssistView, KnowledgeRpc } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { IntakeConfig } from '../intake.config';

const QUERY_LENGTH = 200;
const HITS = 3;

/**
 * R15.1 knowledge-base articles that may answer the request. The assist must not wait on the knowledge
 * service: on any failure it answers `{ available: false }`. The wait is the assist's budget (the use case cuts it
 * short and says so); the request itself is given up at twice that, so that a lost reply frees it too.
 */
@Injectable()
export class KnowledgeAnswers {
  private readonly logger = new Logger(KnowledgeAnswers.name);
  private readonly timeoutMs: number;

  constructor(
    private readonly rpc: RpcClient,
    config: IntakeConfig,
  ) {
    this.timeoutMs = 2 * config.HOTLINE_KNOWLEDGE_ASSIST_TIMEOUT_MS;
  }

  async for(content: string): Promise<KnowledgeAssistView> {
    const q = content.trim().slice(0, QUERY_LENGTH);
    if (!q) return { available: false };
    try {
      const result = await this.rpc.request(KnowledgeRpc.search, { q, limit: HITS }, this.timeoutMs);
      const items = result.items.map(({ id, title, snippet, score, version, ownerUnitId }) => ({
        id,
        title,
        snippet,
        score,
        version,
        ownerUnitId,
      }));
      return { available: true, terms: result.terms, items };
    } catch (error) {
      // The request text is not logged: it may hold the caller's details.
      this.logger.warn(
        `knowledge search unavailable for the assist: ${error instanceof Error ? error.message : String(error)}`,
      );
      return { available: false };
    }
  }
}
