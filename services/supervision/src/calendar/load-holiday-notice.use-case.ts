import { Injectable } from '@nestjs/common';
import { calendarYearView, WorkingCalendar } from '@hotline/calendar';
import { CalendarYearView, HolidayNoticeLoaded, LoadHolidayNoticeCommand } from '@hotline/contracts';
import { assertHolidayNotice, invalidField } from '@hotline/domain';
import { OutboxWriter } from '@hotline/persistence';
import { HolidayNoticeRepository } from './holiday-notice.repository';

/** The RPC's message, and the time the notice is loaded at. */
export class LoadHolidayNoticeAtCommand {
  constructor(
    readonly message: LoadHolidayNoticeCommand,
    readonly now: Date,
  ) {}
}

/**
 * An administrator loads (or corrects) a year's State Council notice. It is validated by the domain,
 * stored, and announced, so every service that counts working days applies it without a release.
 */
@Injectable()
export class LoadHolidayNoticeUseCase {
  constructor(
    private readonly notices: HolidayNoticeRepository,
    private readonly outbox: OutboxWriter,
    private readonly calendar: WorkingCalendar,
  ) {}

  async execute({ message, now }: LoadHolidayNoticeAtCommand): Promise<CalendarYearView> {
    const notice = assertHolidayNotice(message.notice);
    if (notice.year !== Number(message.year)) {
      throw invalidField(
        'year',
        `the notice's year ${notice.year} does not match the year ${message.year} in the path`,
      );
    }
    const stored = JSON.parse(JSON.stringify(notice)) as Record<string, unknown>;
    await this.notices.transaction(async (manager) => {
      await this.notices.save(manager, notice.year, stored, now);
      await this.outbox.add(
        manager,
        HolidayNoticeLoaded,
        { year: notice.year, notice: stored },
        { actor: message.actor, occurredAt: now },
      );
    });
    this.calendar.apply(notice);
    return calendarYearView(this.calendar.current, notice.year);
  }
}
