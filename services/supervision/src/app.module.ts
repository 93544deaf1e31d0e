import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '@hotline/calendar';
import { MessagingModule } from '@hotline/messaging';
import { PersistenceModule } from '@hotline/persistence';
import { CalendarHandler } from './calendar/calendar.handler';
import { LoadHolidayNoticeUseCase } from './calendar/load-holiday-notice.use-case';
import { Timeline1764000000500 } from './migrations/1764000000500-timeline';
import { TimelineEntry } from './timeline/timeline-entry.entity';
import { TimelineHandler } from './timeline/timeline.handler';

export const SUPERVISION_ENTITIES = [TimelineEntry];
export const SUPERVISION_MIGRATIONS = [Timeline1764000000500];

@Module({
  imports: [
    PersistenceModule.forService({ service: 'supervision', entities: SUPERVISION_ENTITIES, migrations: SUPERVISION_MIGRATIONS }),
    MessagingModule.forService('supervision'),
    WorkingCalendarModule,
  ],
  controllers: [TimelineHandler, CalendarHandler],
  providers: [LoadHolidayNoticeUseCase],
})
export class AppModule {}
