import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CallerReadAnomalies,
  CallerReadAnomaliesQuery,
  CallerReadAuditRpc,
  CallerIdentityRpc,
  CallerReadPage,
  CallerView,
  IntakeQueryRpc,
  ListCallerReadsQuery,
  MaskedCallerQuery,
  ReadCallerMessage,
  ReEncryptCallersMessage,
  ReEncryptCallersResult,
} from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { CallerReadAnomaliesUseCase } from './caller-read-anomalies.use-case';
import { ListCallerReadsUseCase } from './list-caller-reads.use-case';
import { MaskedCallerUseCase } from './masked-caller.use-case';
import { ReadCallerUseCase } from './read-caller.use-case';
import { ReEncryptCallersUseCase } from './re-encrypt-callers.use-case';

@Controller()
export class CallersHandler {
  constructor(
    private readonly readCaller: ReadCallerUseCase,
    private readonly maskedCaller: MaskedCallerUseCase,
    private readonly listCallerReads: ListCallerReadsUseCase,
    private readonly reEncryptCallers: ReEncryptCallersUseCase,
    private readonly readAnomalies: CallerReadAnomaliesUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(IntakeQueryRpc.readCaller.subject)
  read(@Payload() message: ReadCallerMessage): Promise<CallerView> {
    return this.readCaller.execute({ ...message, now: this.clock.now() });
  }

  @MessagePattern(CallerIdentityRpc.masked.subject)
  masked(@Payload() query: MaskedCallerQuery): Promise<CallerView> {
    return this.maskedCaller.execute(query);
  }

  @MessagePattern(CallerIdentityRpc.listReads.subject)
  reads(@Payload() query: ListCallerReadsQuery): Promise<CallerReadPage> {
    return this.listCallerReads.execute(query.filters);
  }

  @MessagePattern(CallerReadAuditRpc.anomalies.subject)
  anomalies(@Payload() query: CallerReadAnomaliesQuery): Promise<{ items: CallerReadAnomalies[] }> {
    return this.readAnomalies.execute(query.filters);
  }

  @MessagePattern(IntakeQueryRpc.reEncryptCallers.subject)
  reEncrypt(@Payload() message: ReEncryptCallersMessage): Promise<ReEncryptCallersResult> {
    return this.reEncryptCallers.execute(message);
  }
}
