import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CallbackDueView,
  CallbacksRpc,
  DecideAppealMessage,
  ListCallbackQueueQuery,
  RecordCallbackMessage,
  RequestAppealMessage,
  WorkOrderView,
} from '@hotline/contracts';
import { DecideAppealCommand, DecideAppealUseCase } from '../appeals/decide-appeal.use-case';
import { RequestAppealCommand, RequestAppealUseCase } from '../appeals/request-appeal.use-case';
import { ListCallbackQueueCommand, ListCallbackQueueUseCase } from '../queue/list-callback-queue.use-case';
import { RecordCallbackCommand, RecordCallbackUseCase } from './record-callback.use-case';

@Controller()
export class CallbacksHandler {
  constructor(
    private readonly recordCallback: RecordCallbackUseCase,
    private readonly requestAppeal: RequestAppealUseCase,
    private readonly decideAppeal: DecideAppealUseCase,
    private readonly callbackQueue: ListCallbackQueueUseCase,
  ) {}

  @MessagePattern(CallbacksRpc.callbackQueue.subject)
  queue(@Payload() query: ListCallbackQueueQuery): Promise<{ items: CallbackDueView[]; nextCursor?: string }> {
    return this.callbackQueue.execute(new ListCallbackQueueCommand(query.viewer, query.filters));
  }

  @MessagePattern(CallbacksRpc.recordCallback.subject)
  record(@Payload() message: RecordCallbackMessage): Promise<WorkOrderView> {
    return this.recordCallback.execute(new RecordCallbackCommand(message.actor, message.workOrderId, message.body));
  }

  @MessagePattern(CallbacksRpc.requestAppeal.subject)
  appeal(@Payload() message: RequestAppealMessage): Promise<{ id: string; workOrder: WorkOrderView }> {
    return this.requestAppeal.execute(new RequestAppealCommand(message.actor, message.workOrderId, message.body));
  }

  @MessagePattern(CallbacksRpc.decideAppeal.subject)
  decide(@Payload() message: DecideAppealMessage): Promise<WorkOrderView> {
    return this.decideAppeal.execute(
      new DecideAppealCommand(message.actor, message.workOrderId, message.appealId, message.body),
    );
  }
}
