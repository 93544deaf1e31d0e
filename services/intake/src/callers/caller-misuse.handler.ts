import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CallerMisuseFlagView,
  CallerMisusePage,
  CallerMisuseRpc,
  ListCallerMisuseQuery,
  RecordCallerMisuseMessage,
} from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { ListCallerMisuseUseCase } from './list-caller-misuse.use-case';
import { RecordCallerMisuseUseCase } from './record-caller-misuse.use-case';

@Controller()
export class CallerMisuseHandler {
  constructor(
    private readonly recordCallerMisuse: RecordCallerMisuseUseCase,
    private readonly listCallerMisuse: ListCallerMisuseUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(CallerMisuseRpc.record.subject)
  record(@Payload() message: RecordCallerMisuseMessage): Promise<CallerMisuseFlagView> {
    return this.recordCallerMisuse.execute({ ...message, now: this.clock.now() });
  }

  @MessagePattern(CallerMisuseRpc.list.subject)
  list(@Payload() query: ListCallerMisuseQuery): Promise<CallerMisusePage> {
    return this.listCallerMisuse.execute(query.filters);
  }
}
