import { Controller, ForbiddenException } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IntakeQueryRpc, JurisdictionView, ListJurisdictionsQuery, SaveJurisdictionMessage } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { JurisdictionTable } from './jurisdiction-table';
import { SaveJurisdictionUseCase } from './save-jurisdiction.use-case';

@Controller()
export class JurisdictionsHandler {
  constructor(
    private readonly table: JurisdictionTable,
    private readonly saveJurisdiction: SaveJurisdictionUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(IntakeQueryRpc.listJurisdictions.subject)
  async list(@Payload() query: ListJurisdictionsQuery): Promise<{ items: JurisdictionView[] }> {
    const items = await this.table.entries();
    const kinds = query.kinds ?? [];
    return { items: kinds.length > 0 ? items.filter((item) => kinds.includes(item.kind)) : items };
  }

  @MessagePattern(IntakeQueryRpc.saveJurisdiction.subject)
  async save(@Payload() message: SaveJurisdictionMessage): Promise<JurisdictionView> {
    if (message.actor.role !== 'admin') throw new ForbiddenException('only an administrator edits the jurisdiction table');
    const saved = await this.saveJurisdiction.execute(message.jurisdiction, this.clock.now());
    this.table.forget();
    return saved;
  }
}
