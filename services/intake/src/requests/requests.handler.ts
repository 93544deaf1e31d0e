import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IntakeRpc, RecordRequestMessage, RecordRequestResult } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { RecordRequestUseCase } from './record-request.use-case';

@Controller()
export class RequestsHandler {
  constructor(
    private readonly recordRequest: RecordRequestUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(IntakeRpc.recordRequest.subject)
  record(@Payload() message: RecordRequestMessage): Promise<RecordRequestResult> {
    return this.recordRequest.execute({
      request: message.request,
      actor: message.actor,
      now: this.clock.now(),
      assist: message.assist ?? 'inline',
    });
  }
}
