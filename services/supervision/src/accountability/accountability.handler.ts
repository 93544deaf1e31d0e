import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AccountabilityRegister,
  AccountabilityRpc,
  GetAccountabilityQuery,
  RecordAccountabilityMessage,
  RecordedAccountabilityView,
} from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { GetAccountabilityRegisterUseCase } from './get-accountability-register.use-case';
import { RecordAccountabilityUseCase } from './record-accountability.use-case';

@Controller()
export class AccountabilityHandler {
  constructor(
    private readonly register: GetAccountabilityRegisterUseCase,
    private readonly recordAccountability: RecordAccountabilityUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(AccountabilityRpc.register.subject)
  get(@Payload() query: GetAccountabilityQuery): Promise<AccountabilityRegister> {
    return this.register.execute(query.filters);
  }

  @MessagePattern(AccountabilityRpc.record.subject)
  record(@Payload() message: RecordAccountabilityMessage): Promise<RecordedAccountabilityView> {
    return this.recordAccountability.execute({ ...message, now: this.clock.now() });
  }
}
