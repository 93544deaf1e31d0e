import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { calendarYearView, WorkingCalendar } from '@hotline/calendar';
import { CalendarRpc, CalendarYearView, LoadHolidayNoticeCommand } from '@hotline/contracts';
import { invalidField } from '@hotline/domain';
import { LoadHolidayNoticeUseCase } from './load-holiday-notice.use-case';

@Controller()
export class CalendarHandler {
  constructor(
    private readonly calendar: WorkingCalendar,
    private readonly loadNotice: LoadHolidayNoticeUseCase,
  ) {}

  @MessagePattern(CalendarRpc.year.subject)
  year(@Payload() query: { year: number }): CalendarYearView {
    return calendarYearView(this.calendar.current, validYear(query?.year));
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
