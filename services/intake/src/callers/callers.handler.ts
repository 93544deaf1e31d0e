import { Controller, ForbiddenException } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CallerView, IntakeQueryRpc, ReadCallerMessage, ReEncryptCallersMessage, ReEncryptCallersResult } from '@hotline/contracts';
import { Clock } from '@hotline/messaging';
import { ReadCallerUseCase } from './read-caller.use-case';
import { ReEncryptCallersUseCase } from './re-encrypt-callers.use-case';

@Controller()
export class CallersHandler {
  constructor(
    private readonly readCaller: ReadCallerUseCase,
    private readonly reEncryptCallers: ReEncryptCallersUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(IntakeQueryRpc.readCaller.subject)
  read(@Payload() message: ReadCallerMessage): Promise<CallerView> {
    return this.readCaller.execute(message.requestId, message.actor, message.reason, this.clock.now());
  }

  @MessagePattern(IntakeQueryRpc.reEncryptCallers.subject)
  reEncrypt(@Payload() message: ReEncryptCallersMessage): Promise<ReEncryptCallersResult> {
    if (message.actor.role !== 'admin') throw new ForbiddenException('only an administrator rotates caller keys');
    return this.reEncryptCallers.execute(message.batchSize);
  }
}
