import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DutyView, RosterQuery, RosterRpc, ScheduleDutyMessage } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { ListRosterCommand, ListRosterUseCase } from './list-roster.use-case';
import { ScheduleDutyCommand, ScheduleDutyUseCase } from './schedule-duty.use-case';

@Controller()
export class RostersHandler {
  constructor(
    private readonly schedule: ScheduleDutyUseCase,
    private readonly list: ListRosterUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(RosterRpc.schedule.subject)
  scheduleDuty(@Payload() message: ScheduleDutyMessage): Promise<DutyView> {
    return this.schedule.execute(new ScheduleDutyCommand(message.duty, message.actor, this.clock.now()));
  }

  @MessagePattern(RosterRpc.list.subject)
  roster(@Payload() query: RosterQuery): Promise<{ items: DutyView[] }> {
    return this.list.execute(new ListRosterCommand(query, this.clock.now()));
  }
}
