import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertHolidayNotice,
  HolidayNotice,
  seededCalendar,
  TimeLimitPolicy,
  WorkingDayCalendar,
} from '@hotline/domain';
import { HolidayNoticeRecord } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { timeLimitPolicyFromEnv } from './time-limits.config';

/**
 * This service's working-day calendar: the seeded State Council notices plus every notice an administrator
 * loaded since (kept in the service's own `holiday_notices` table), so a new year needs no release.
 */
@Injectable()
export class WorkingCalendar implements OnModuleInit {
  private readonly logger = new Logger(WorkingCalendar.name);
  private calendar: WorkingDayCalendar = seededCalendar();
  /** The regulation's time limits, or a deployment's shorter ones (HOTLINE_TIME_LIMITS, e.g. 'rehandling=3'); a bad or longer value stops the start. */
  readonly policy: TimeLimitPolicy = timeLimitPolicyFromEnv();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get current(): WorkingDayCalendar {
    return this.calendar;
  }

  /** What the domain counts deadlines with: this calendar and the time-limit policy. */
  rules(): { calendar: WorkingDayCalendar; policy: TimeLimitPolicy } {
    return { calendar: this.calendar, policy: this.policy };
  }

  async onModuleInit(): Promise<void> {
    const records = await this.dataSource.getRepository(HolidayNoticeRecord).find({ order: { year: 'ASC' } });
    for (const record of records) this.apply(assertHolidayNotice(record.notice));
    if (records.length > 0)
      this.logger.log(`loaded holiday notices for ${records.map((record) => record.year).join(', ')}`);
  }

  apply(notice: HolidayNotice): void {
    this.calendar = this.calendar.withNotice(notice);
  }
}
