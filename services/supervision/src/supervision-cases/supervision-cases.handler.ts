import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AnswerCaseMessage,
  CloseCaseMessage,
  DecideCaseExtensionMessage,
  EscalateCaseMessage,
  ListSupervisionCasesQuery,
  OpenSupervisionCaseMessage,
  RequestCaseExtensionMessage,
  SupervisionCaseCreated,
  SupervisionCasePage,
  SupervisionCaseRpc,
  SupervisionCaseView,
} from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { AnswerCaseCommand, AnswerCaseUseCase } from './answer-case.use-case';
import { CloseCaseCommand, CloseCaseUseCase } from './close-case.use-case';
import { DecideCaseExtensionCommand, DecideCaseExtensionUseCase } from './decide-case-extension.use-case';
import { EscalateCaseCommand, EscalateCaseUseCase } from './escalate-case.use-case';
import { ListSupervisionCasesCommand, ListSupervisionCasesUseCase } from './list-supervision-cases.use-case';
import { OpenSupervisionCaseCommand, OpenSupervisionCaseUseCase } from './open-supervision-case.use-case';
import { RequestCaseExtensionCommand, RequestCaseExtensionUseCase } from './request-case-extension.use-case';

/** Supervision cases' commands and queries over NATS (R23); each delegates to its use case at the clock's time. */
@Controller()
export class SupervisionCasesHandler {
  constructor(
    private readonly clock: Clock,
    private readonly listCases: ListSupervisionCasesUseCase,
    private readonly openCase: OpenSupervisionCaseUseCase,
    private readonly requestExtensionUseCase: RequestCaseExtensionUseCase,
    private readonly decideExtensionUseCase: DecideCaseExtensionUseCase,
    private readonly answerUseCase: AnswerCaseUseCase,
    private readonly escalateUseCase: EscalateCaseUseCase,
    private readonly closeUseCase: CloseCaseUseCase,
  ) {}

  @MessagePattern(SupervisionCaseRpc.list.subject)
  list(@Payload() query: ListSupervisionCasesQuery): Promise<SupervisionCasePage> {
    return this.listCases.execute(new ListSupervisionCasesCommand(query.filters, query.viewer, this.clock.now()));
  }

  @MessagePattern(SupervisionCaseRpc.open.subject)
  open(@Payload() message: OpenSupervisionCaseMessage): Promise<SupervisionCaseView> {
    return this.openCase.execute(new OpenSupervisionCaseCommand(message.actor, message.body, this.clock.now()));
  }

  @MessagePattern(SupervisionCaseRpc.requestExtension.subject)
  requestExtension(@Payload() message: RequestCaseExtensionMessage): Promise<SupervisionCaseCreated> {
    return this.requestExtensionUseCase.execute(
      new RequestCaseExtensionCommand(message.actor, message.caseId, message.body, this.clock.now()),
    );
  }

  @MessagePattern(SupervisionCaseRpc.decideExtension.subject)
  decideExtension(@Payload() message: DecideCaseExtensionMessage): Promise<SupervisionCaseView> {
    return this.decideExtensionUseCase.execute(
      new DecideCaseExtensionCommand(
        message.actor,
        message.caseId,
        message.extensionId,
        message.body,
        this.clock.now(),
      ),
    );
  }

  @MessagePattern(SupervisionCaseRpc.answer.subject)
  answer(@Payload() message: AnswerCaseMessage): Promise<SupervisionCaseCreated> {
    return this.answerUseCase.execute(
      new AnswerCaseCommand(message.actor, message.caseId, message.body, this.clock.now()),
    );
  }

  @MessagePattern(SupervisionCaseRpc.escalate.subject)
  escalate(@Payload() message: EscalateCaseMessage): Promise<SupervisionCaseView> {
    return this.escalateUseCase.execute(
      new EscalateCaseCommand(message.actor, message.caseId, message.body, this.clock.now()),
    );
  }

  @MessagePattern(SupervisionCaseRpc.close.subject)
  close(@Payload() message: CloseCaseMessage): Promise<SupervisionCaseView> {
    return this.closeUseCase.execute(
      new CloseCaseCommand(message.actor, message.caseId, message.body, this.clock.now()),
    );
  }
}
