import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CallerInformedMessage,
  DecideExtensionMessage,
  HandlingRpc,
  ListUnitTasksQuery,
  RaiseDifficultyMessage,
  RequestExtensionMessage,
  RequestAppealMessage,
  RequestReturnMessage,
  ReviewReplyMessage,
  SubmitReplyMessage,
  WorkOrderActionMessage,
} from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { RequestRehandlingAppealUseCase } from '../appeals/request-rehandling-appeal.use-case';
import { RaiseDifficultyUseCase } from '../coordination/raise-difficulty.use-case';
import { DecideExtensionUseCase } from '../extensions/decide-extension.use-case';
import { RecordCallerInformedUseCase } from '../extensions/record-caller-informed.use-case';
import { RequestExtensionUseCase } from '../extensions/request-extension.use-case';
import { ListContributionsUseCase } from '../replies/list-contributions.use-case';
import { ReviewReplyUseCase } from '../replies/review-reply.use-case';
import { SubmitReplyUseCase } from '../replies/submit-reply.use-case';
import { RequestReturnUseCase } from '../returns/request-return.use-case';
import { SignWorkOrderUseCase } from '../signing/sign-work-order.use-case';
import { ListUnitTasksUseCase } from '../tasks/list-unit-tasks.use-case';

/** Handling's commands and queries over NATS; each delegates to its use case at the clock's time. */
@Controller()
export class HandlingHandler {
  constructor(
    private readonly clock: Clock,
    private readonly signWorkOrder: SignWorkOrderUseCase,
    private readonly requestReturnUseCase: RequestReturnUseCase,
    private readonly requestExtensionUseCase: RequestExtensionUseCase,
    private readonly decideExtensionUseCase: DecideExtensionUseCase,
    private readonly submitReplyUseCase: SubmitReplyUseCase,
    private readonly reviewReplyUseCase: ReviewReplyUseCase,
    private readonly raiseDifficultyUseCase: RaiseDifficultyUseCase,
    private readonly listContributions: ListContributionsUseCase,
    private readonly listUnitTasks: ListUnitTasksUseCase,
    private readonly recordCallerInformed: RecordCallerInformedUseCase,
    private readonly requestRehandlingAppeal: RequestRehandlingAppealUseCase,
  ) {}

  @MessagePattern(HandlingRpc.requestAppeal.subject)
  requestAppeal(@Payload() message: RequestAppealMessage) {
    return this.requestRehandlingAppeal.execute(message, this.clock.now());
  }

  @MessagePattern(HandlingRpc.sign.subject)
  sign(@Payload() message: WorkOrderActionMessage) {
    return this.signWorkOrder.execute(message, this.clock.now());
  }

  @MessagePattern(HandlingRpc.requestReturn.subject)
  requestReturn(@Payload() message: RequestReturnMessage) {
    return this.requestReturnUseCase.execute(message, this.clock.now());
  }

  @MessagePattern(HandlingRpc.requestExtension.subject)
  requestExtension(@Payload() message: RequestExtensionMessage) {
    return this.requestExtensionUseCase.execute(message, this.clock.now());
  }

  @MessagePattern(HandlingRpc.decideExtension.subject)
  decideExtension(@Payload() message: DecideExtensionMessage) {
    return this.decideExtensionUseCase.execute(message, this.clock.now());
  }

  @MessagePattern(HandlingRpc.callerInformed.subject)
  callerInformed(@Payload() message: CallerInformedMessage) {
    return this.recordCallerInformed.execute(message, this.clock.now());
  }

  @MessagePattern(HandlingRpc.submitReply.subject)
  submitReply(@Payload() message: SubmitReplyMessage) {
    return this.submitReplyUseCase.execute(message, this.clock.now());
  }

  @MessagePattern(HandlingRpc.reviewReply.subject)
  reviewReply(@Payload() message: ReviewReplyMessage) {
    return this.reviewReplyUseCase.execute(message, this.clock.now());
  }

  @MessagePattern(HandlingRpc.raiseDifficulty.subject)
  raiseDifficulty(@Payload() message: RaiseDifficultyMessage) {
    return this.raiseDifficultyUseCase.execute(message, this.clock.now());
  }

  @MessagePattern(HandlingRpc.contributions.subject)
  contributions(@Payload() message: WorkOrderActionMessage) {
    return this.listContributions.execute(message);
  }

  @MessagePattern(HandlingRpc.unitTasks.subject)
  unitTasks(@Payload() query: ListUnitTasksQuery) {
    return this.listUnitTasks.execute(query);
  }
}
