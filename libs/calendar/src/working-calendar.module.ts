import { Module } from '@nestjs/common';
import { HolidayNoticeHandler } from './holiday-notice.handler';
import { WorkingCalendar } from './working-calendar';

/** Import in every service that computes deadlines. Needs PersistenceModule and MessagingModule. */
@Module({
  controllers: [HolidayNoticeHandler],
  providers: [WorkingCalendar],
  exports: [WorkingCalendar],
})
export class WorkingCalendarModule {}
