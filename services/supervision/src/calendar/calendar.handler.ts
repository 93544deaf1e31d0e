import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { calendarYearView, WorkingCalendar } from '@hotline/calendar';
import { CalendarRpc, CalendarYearView, LoadHolidayNoticeCommand } from '@hotline/contracts';
import { invalidField } from '@hotline/domain';
import { OnDutyReader } from '../rosters/on-duty.reader';
import { LoadHolidayNoticeUseCase } from './load-holiday-notice.use-case';

@Controller()
export class CalendarHandler {
  constructor(
    private readonly calendar: WorkingCalendar,
    private readonly loadNotice: LoadHolidayNoticeUseCase,
    private readonly onDuty: OnDutyReader,
  ) {}

  @MessagePattern(CalendarRpc.year.subject)
  /** The year's working days, and who is on duty at the hotline on which day (R11.1). */
  async year(@Payload() query: { year: number }): Promise<CalendarYearView> {
    const year = validYear(query?.year);
    return { ...calendarYearView(this.calendar.current, year), onDuty: await this.onDuty.ofYear(year) };
  }

  @MessagePattern(CalendarRpc.loadNotice.subject)
  load(@Payload() command: LoadHolidayNoticeCommand): Promise<CalendarYearView> {
    validYear(command?.year);
    return this.loadNotice.execute({ ...command, now: new Date() });
  }
}

function validYear(year: unknown): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100) {
    throw invalidField('year', 'must be a whole number from 2000 to 2100');
  }
  return year;
}
