import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CallbacksRpc, DecideAppealMessage, RecordCallbackMessage, RequestAppealMessage, WorkOrderView } from '@hotline/contracts';
import { DecideAppealUseCase } from '../appeals/decide-appeal.use-case';
import { RequestAppealUseCase } from '../appeals/request-appeal.use-case';
import { RecordCallbackUseCase } from './record-callback.use-case';

@Controller()
export class CallbacksHandler {
  constructor(
    private readonly recordCallback: RecordCallbackUseCase,
    private readonly requestAppeal: RequestAppealUseCase,
    private readonly decideAppeal: DecideAppealUseCase,
  ) {}

  @MessagePattern(CallbacksRpc.recordCallback.subject)
  record(@Payload() message: RecordCallbackMessage): Promise<WorkOrderView> {
    return this.recordCallback.execute(message);
  }

  @MessagePattern(CallbacksRpc.requestAppeal.subject)
  appeal(@Payload() message: RequestAppealMessage): Promise<{ id: string; workOrder: WorkOrderView }> {
    return this.requestAppeal.execute(message);
  }

  @MessagePattern(CallbacksRpc.decideAppeal.subject)
  decide(@Payload() message: DecideAppealMessage): Promise<WorkOrderView> {
    return this.decideAppeal.execute(message);
  }
}
