import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DispatchRpc, ListUnitsQuery, SaveUnitMessage, UnitIdQuery, UnitStatistics, UnitView } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { ReadUnitsUseCase } from './read-units.use-case';
import { SaveUnitUseCase } from './save-unit.use-case';

@Controller()
export class UnitsHandler {
  constructor(
    private readonly read: ReadUnitsUseCase,
    private readonly save: SaveUnitUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(DispatchRpc.listUnits.subject)
  list(@Payload() query: ListUnitsQuery): Promise<{ items: UnitView[] }> {
    return this.read.list(query);
  }

  @MessagePattern(DispatchRpc.getUnit.subject)
  get(@Payload() query: UnitIdQuery): Promise<UnitView> {
    return this.read.get(query.id);
  }

  @MessagePattern(DispatchRpc.unitStatistics.subject)
  statistics(@Payload() query: UnitIdQuery): Promise<{ unitId: string } & UnitStatistics> {
    return this.read.statisticsOf(query.id);
  }

  @MessagePattern(DispatchRpc.saveUnit.subject)
  saveUnit(@Payload() message: SaveUnitMessage): Promise<UnitView> {
    return this.save.execute(message.unit, message.mode, this.clock.now());
  }
}
