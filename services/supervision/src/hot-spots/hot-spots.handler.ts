import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { HotSpotPage, HotSpotRpc, ListHotSpotsQuery } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { ListHotSpotsCommand, ListHotSpotsUseCase } from './list-hot-spots.use-case';

@Controller()
export class HotSpotsHandler {
  constructor(
    private readonly listHotSpots: ListHotSpotsUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(HotSpotRpc.list.subject)
  list(@Payload() query: ListHotSpotsQuery): Promise<HotSpotPage> {
    return this.listHotSpots.execute(new ListHotSpotsCommand(query.filters, this.clock.now()));
  }
}
