import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { defineRpc } from '../rpc/rpc-definition';
import { WorkOrderView } from '../work-orders/work-order-view';
import { WorkOrderActionMessage } from '../work-orders/work-order-action.message';

/** POST /api/v1/work-orders/{id}/online-answer (R15.1, R15.2): the operator's answer to a request waiting for its call back. */
export class OnlineAnswerBody {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  answer: string;

  /** The knowledge-base article the answer came from: it must exist and be published (422 otherwise). */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  articleId?: string;
}

export class OnlineAnswerMessage extends WorkOrderActionMessage {
  @ValidateNested()
  @Type(() => OnlineAnswerBody)
  body: OnlineAnswerBody;
}

/**
 * Intake steps on a work order it owns while it waits for the call back (WORK_ORDER_WRITER: callback-pending):
 * answer it, or let it go to dispatch (asked by dispatch when the operator dispatches a callback-pending order).
 */
export const CallbackPendingRpc = {
  answerOnline: defineRpc<OnlineAnswerMessage, WorkOrderView>('intake', 'work-orders.online-answer'),
  releaseForDispatch: defineRpc<WorkOrderActionMessage, { workOrderId: string; status: string }>(
    'intake',
    'work-orders.release-for-dispatch',
  ),
};
