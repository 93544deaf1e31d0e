import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IntakeQueryRpc, JurisdictionView, ListJurisdictionsQuery, SaveJurisdictionMessage } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { ListJurisdictionsUseCase } from './list-jurisdictions.use-case';
import { SaveJurisdictionUseCase } from './save-jurisdiction.use-case';

@Controller()
export class JurisdictionsHandler {
  constructor(
    private readonly listJurisdictions: ListJurisdictionsUseCase,
    private readonly saveJurisdiction: SaveJurisdictionUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(IntakeQueryRpc.listJurisdictions.subject)
  list(@Payload() query: ListJurisdictionsQuery): Promise<{ items: JurisdictionView[] }> {
    return this.listJurisdictions.execute(query);
  }

  @MessagePattern(IntakeQueryRpc.saveJurisdiction.subject)
  save(@Payload() message: SaveJurisdictionMessage): Promise<JurisdictionView> {
    return this.saveJurisdiction.execute({ ...message, now: this.clock.now() });
  }
}
