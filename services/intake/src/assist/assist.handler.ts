import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IntakeQueryRpc, RequestAssist, RequestIdQuery } from '@hotline/contracts';
import { AssistRequestUseCase } from './assist-request.use-case';

@Controller()
export class AssistHandler {
  constructor(private readonly assist: AssistRequestUseCase) {}

  @MessagePattern(IntakeQueryRpc.assist.subject)
  answer(@Payload() query: RequestIdQuery): Promise<RequestAssist> {
    return this.assist.execute(query);
  }
}
