import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calendarYearView, WorkingCalendar } from '@hotline/calendar';
import { CalendarYearView, HolidayNoticeLoaded, LoadHolidayNoticeCommand } from '@hotline/contracts';
import { assertHolidayNotice } from '@hotline/domain';
import { HolidayNoticeRecord, OutboxWriter } from '@hotline/persistence';
import { DataSource } from 'typeorm';

/**
 * An administrator loads (or corrects) a year's State Council notice. It is validated by the domain,
 * stored, and announced, so every service that counts working days applies it without a release.
 */
@Injectable()
export class LoadHolidayNoticeUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly calendar: WorkingCalendar,
  ) {}

  async execute(command: LoadHolidayNoticeCommand, now: Date): Promise<CalendarYearView> {
    const notice = assertHolidayNotice(command.notice);
    if (notice.year !== Number(command.year)) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `notice.year ${notice.year} does not match the year ${command.year} in the path`, details: [{ field: 'year', problems: ['does not match the path'] }] });
    }
    const stored = JSON.parse(JSON.stringify(notice)) as Record<string, unknown>;
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(HolidayNoticeRecord, { year: notice.year, notice: stored, loadedAt: now }, ['year']);
      await this.outbox.add(manager, HolidayNoticeLoaded, { year: notice.year, notice: stored }, { actor: command.actor, occurredAt: now });
    });
    this.calendar.apply(notice);
    return calendarYearView(this.calendar.current, notice.year);
  }
}
