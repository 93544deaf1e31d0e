import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CallbackPendingRpc, OnlineAnswerMessage, WorkOrderActionMessage, WorkOrderView } from '@hotline/contracts';
import { AnswerOnlineUseCase } from './answer-online.use-case';
import { ReleaseForDispatchUseCase } from './release-for-dispatch.use-case';

/** Steps on work orders that wait for their call back (R15.2): answered online, or sent on to dispatch. */
@Controller()
export class CallbackPendingHandler {
  constructor(
    private readonly answerOnline: AnswerOnlineUseCase,
    private readonly releaseForDispatch: ReleaseForDispatchUseCase,
  ) {}

  @MessagePattern(CallbackPendingRpc.answerOnline.subject)
  answer(@Payload() message: OnlineAnswerMessage): Promise<WorkOrderView> {
    return this.answerOnline.execute(message);
  }

  @MessagePattern(CallbackPendingRpc.releaseForDispatch.subject)
  release(@Payload() message: WorkOrderActionMessage): Promise<{ workOrderId: string; status: string }> {
    return this.releaseForDispatch.execute(message);
  }
}
