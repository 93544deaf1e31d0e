import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PartnerMessageRpc, PartnerReceiptView, SignedPartnerMessage } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { ReceivePartnerMessageCommand, ReceivePartnerMessageUseCase } from './receive-partner-message.use-case';

@Controller()
export class PartnerMessagesHandler {
  constructor(
    private readonly receive: ReceivePartnerMessageUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(PartnerMessageRpc.receive.subject)
  received(@Payload() request: SignedPartnerMessage): Promise<PartnerReceiptView> {
    return this.receive.execute(new ReceivePartnerMessageCommand(request, this.clock.now()));
  }
}
