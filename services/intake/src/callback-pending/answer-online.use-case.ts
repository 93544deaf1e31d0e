import { Injectable } from '@nestjs/common';
import { OnlineAnswerMessage, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { KnowledgeCitations } from '../requests/knowledge-citations';
import { TakeIntakeStep } from './take-intake-step';

/** POST /api/v1/work-orders/{id}/online-answer */
export type AnswerOnlineCommand = OnlineAnswerMessage;

/**
 * POST …/online-answer (R15.1, R15.2): the operator answers a request that waited for its call back, from the
 * knowledge base (the article must exist and be published; its version is recorded) or after checking. The domain
 * records whether it was within the 1-working-day limit.
 */
@Injectable()
export class AnswerOnlineUseCase {
  constructor(
    private readonly step: TakeIntakeStep,
    private readonly citations: KnowledgeCitations,
  ) {}

  async execute({ workOrderId, actor, body }: AnswerOnlineCommand): Promise<WorkOrderView> {
    const citation = body.articleId === undefined ? undefined : await this.citations.cite(body.articleId, 'articleId');
    const command = { event: 'answer-callback' as const, answer: body.answer, ...(citation ?? {}) };
    const row = citation ? { articleId: citation.articleId, articleVersion: citation.articleVersion } : {};
    const { transition, number } = await this.step.run(workOrderId, command, actor, row);
    return toWorkOrderView(transition.order, { ...(number ? { number } : {}), viewer: actor });
  }
}
