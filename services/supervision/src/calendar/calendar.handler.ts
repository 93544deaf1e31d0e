import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { calendarYearView, WorkingCalendar } from '@hotline/calendar';
import { CalendarRpc, CalendarYearQuery, CalendarYearView, LoadHolidayNoticeCommand } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { OnDutyReader } from '../rosters/on-duty.reader';
import { LoadHolidayNoticeAtCommand, LoadHolidayNoticeUseCase } from './load-holiday-notice.use-case';

@Controller()
export class CalendarHandler {
  constructor(
    private readonly calendar: WorkingCalendar,
    private readonly loadNotice: LoadHolidayNoticeUseCase,
    private readonly onDuty: OnDutyReader,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(CalendarRpc.year.subject)
  /** The year's working days, and who is on duty at the hotline on which day (R11.1). */
  async year(@Payload() { year }: CalendarYearQuery): Promise<CalendarYearView> {
    return { ...calendarYearView(this.calendar.current, year), onDuty: await this.onDuty.ofYear(year) };
  }

  @MessagePattern(CalendarRpc.loadNotice.subject)
  load(@Payload() command: LoadHolidayNoticeCommand): Promise<CalendarYearView> {
    return this.loadNotice.execute(new LoadHolidayNoticeAtCommand(command, this.clock.now()));
  }
}
