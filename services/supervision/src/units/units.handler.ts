import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { UnitRollupQuery, UnitRollupRpc, UnitRollupView } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { UnitRollupCommand, UnitRollupUseCase } from './unit-rollup.use-case';

@Controller()
export class UnitsHandler {
  constructor(
    private readonly rollup: UnitRollupUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(UnitRollupRpc.get.subject)
  unitRollup(@Payload() query: UnitRollupQuery): Promise<UnitRollupView> {
    return this.rollup.execute(new UnitRollupCommand(query, this.clock.now()));
  }
}
