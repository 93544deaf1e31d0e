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
import {
  RequestRehandlingAppealCommand,
  RequestRehandlingAppealUseCase,
} from '../appeals/request-rehandling-appeal.use-case';
import { RaiseDifficultyCommand, RaiseDifficultyUseCase } from '../coordination/raise-difficulty.use-case';
import { DecideExtensionCommand, DecideExtensionUseCase } from '../extensions/decide-extension.use-case';
import {
  RecordCallerInformedCommand,
  RecordCallerInformedUseCase,
} from '../extensions/record-caller-informed.use-case';
import { RequestExtensionCommand, RequestExtensionUseCase } from '../extensions/request-extension.use-case';
import { ListContributionsCommand, ListContributionsUseCase } from '../replies/list-contributions.use-case';
import { ReviewReplyCommand, ReviewReplyUseCase } from '../replies/review-reply.use-case';
import { SubmitReplyCommand, SubmitReplyUseCase } from '../replies/submit-reply.use-case';
import { RequestReturnCommand, RequestReturnUseCase } from '../returns/request-return.use-case';
import { SignWorkOrderCommand, SignWorkOrderUseCase } from '../signing/sign-work-order.use-case';
import { ListUnitTasksCommand, ListUnitTasksUseCase } from '../tasks/list-unit-tasks.use-case';

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
    return this.requestRehandlingAppeal.execute(
      new RequestRehandlingAppealCommand(message.actor, message.workOrderId, message.body, this.clock.now()),
    );
  }

  @MessagePattern(HandlingRpc.sign.subject)
  sign(@Payload() message: WorkOrderActionMessage) {
    return this.signWorkOrder.execute(new SignWorkOrderCommand(message.actor, message.workOrderId, this.clock.now()));
  }

  @MessagePattern(HandlingRpc.requestReturn.subject)
  requestReturn(@Payload() message: RequestReturnMessage) {
    return this.requestReturnUseCase.execute(
      new RequestReturnCommand(message.actor, message.workOrderId, message.body, this.clock.now()),
    );
  }

  @MessagePattern(HandlingRpc.requestExtension.subject)
  requestExtension(@Payload() message: RequestExtensionMessage) {
    return this.requestExtensionUseCase.execute(
      new RequestExtensionCommand(message.actor, message.workOrderId, message.body, this.clock.now()),
    );
  }

  @MessagePattern(HandlingRpc.decideExtension.subject)
  decideExtension(@Payload() message: DecideExtensionMessage) {
    return this.decideExtensionUseCase.execute(
      new DecideExtensionCommand(
        message.actor,
        message.workOrderId,
        message.extensionId,
        message.body,
        this.clock.now(),
      ),
    );
  }

  @MessagePattern(HandlingRpc.callerInformed.subject)
  callerInformed(@Payload() message: CallerInformedMessage) {
    return this.recordCallerInformed.execute(
      new RecordCallerInformedCommand(
        message.actor,
        message.workOrderId,
        message.extensionId,
        message.body,
        this.clock.now(),
      ),
    );
  }

  @MessagePattern(HandlingRpc.submitReply.subject)
  submitReply(@Payload() message: SubmitReplyMessage) {
    return this.submitReplyUseCase.execute(
      new SubmitReplyCommand(message.actor, message.workOrderId, message.body, this.clock.now()),
    );
  }

  @MessagePattern(HandlingRpc.reviewReply.subject)
  reviewReply(@Payload() message: ReviewReplyMessage) {
    return this.reviewReplyUseCase.execute(
      new ReviewReplyCommand(message.actor, message.workOrderId, message.replyId, message.body, this.clock.now()),
    );
  }

  @MessagePattern(HandlingRpc.raiseDifficulty.subject)
  raiseDifficulty(@Payload() message: RaiseDifficultyMessage) {
    return this.raiseDifficultyUseCase.execute(
      new RaiseDifficultyCommand(message.actor, message.workOrderId, message.difficulty, this.clock.now()),
    );
  }

  @MessagePattern(HandlingRpc.contributions.subject)
  contributions(@Payload() message: WorkOrderActionMessage) {
    return this.listContributions.execute(new ListContributionsCommand(message.actor, message.workOrderId));
  }

  @MessagePattern(HandlingRpc.unitTasks.subject)
  unitTasks(@Payload() query: ListUnitTasksQuery) {
    return this.listUnitTasks.execute(new ListUnitTasksCommand(query.actor, query.status));
  }
}
