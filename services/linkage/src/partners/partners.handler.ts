import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  PartnerCodeQuery,
  PartnerRpc,
  PartnerView,
  RegisterPartnerMessage,
  UpdatePartnerMessage,
} from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { ListPartnersUseCase } from './list-partners.use-case';
import { SavePartnerCommand, SavePartnerUseCase } from './save-partner.use-case';

@Controller()
export class PartnersHandler {
  constructor(
    private readonly save: SavePartnerUseCase,
    private readonly partners: ListPartnersUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(PartnerRpc.list.subject)
  list(): Promise<{ items: PartnerView[] }> {
    return this.partners.list();
  }

  @MessagePattern(PartnerRpc.get.subject)
  get(@Payload() query: PartnerCodeQuery): Promise<PartnerView> {
    return this.partners.get(query.code);
  }

  @MessagePattern(PartnerRpc.register.subject)
  register(@Payload() { partner, actor }: RegisterPartnerMessage): Promise<PartnerView> {
    return this.save.execute(new SavePartnerCommand(partner.code, partner, actor, this.clock.now(), true));
  }

  @MessagePattern(PartnerRpc.update.subject)
  update(@Payload() { code, settings, actor }: UpdatePartnerMessage): Promise<PartnerView> {
    return this.save.execute(new SavePartnerCommand(code, settings, actor, this.clock.now(), false));
  }
}
