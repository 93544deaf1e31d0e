import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DispatchRpc,
  ListUnitsQuery,
  SaveUnitMessage,
  SubordinateUnits,
  UnitIdQuery,
  UnitStatistics,
  UnitView,
} from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { GetSubordinateUnitsUseCase } from './get-subordinate-units.use-case';
import { GetUnitStatisticsUseCase } from './get-unit-statistics.use-case';
import { GetUnitUseCase } from './get-unit.use-case';
import { ListUnitsUseCase } from './list-units.use-case';
import { SaveUnitCommand, SaveUnitUseCase } from './save-unit.use-case';

@Controller()
export class UnitsHandler {
  constructor(
    private readonly listUnits: ListUnitsUseCase,
    private readonly getUnit: GetUnitUseCase,
    private readonly getStatistics: GetUnitStatisticsUseCase,
    private readonly save: SaveUnitUseCase,
    private readonly subordinates: GetSubordinateUnitsUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(DispatchRpc.listUnits.subject)
  list(@Payload() query: ListUnitsQuery): Promise<{ items: UnitView[] }> {
    return this.listUnits.execute(query);
  }

  @MessagePattern(DispatchRpc.getUnit.subject)
  get(@Payload() query: UnitIdQuery): Promise<UnitView> {
    return this.getUnit.execute(query);
  }

  @MessagePattern(DispatchRpc.unitStatistics.subject)
  statistics(@Payload() query: UnitIdQuery): Promise<{ unitId: string } & UnitStatistics> {
    return this.getStatistics.execute(query);
  }

  @MessagePattern(DispatchRpc.subordinateUnits.subject)
  subordinateUnits(@Payload() query: UnitIdQuery): Promise<SubordinateUnits> {
    return this.subordinates.execute(query);
  }

  @MessagePattern(DispatchRpc.saveUnit.subject)
  saveUnit(@Payload() message: SaveUnitMessage): Promise<UnitView> {
    return this.save.execute(new SaveUnitCommand(message.unit, message.mode, this.clock.now()));
  }
}
