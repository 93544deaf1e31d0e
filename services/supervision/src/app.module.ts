import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '@hotline/calendar';
import { MessagingModule } from '@hotline/messaging';
import { PlatformModule, ServiceConfigModule } from '@hotline/platform';
import { PersistenceModule } from '@hotline/persistence';
import { SupervisionConfig } from './supervision.config';
import { CalendarHandler } from './calendar/calendar.handler';
import { HolidayNoticeRepository } from './calendar/holiday-notice.repository';
import { LoadHolidayNoticeUseCase } from './calendar/load-holiday-notice.use-case';
import { Timeline1764000000500 } from './migrations/1764000000500-timeline';
import { WorkOrderListing1764000000501 } from './migrations/1764000000501-work-order-listing';
import { AppendOnlyTimeline1765150000001 } from './migrations/1765150000001-append-only-timeline';
import { WorkOrderMatter1765110000002 } from './migrations/1765110000002-work-order-matter';
import { AwaitViewVersionUseCase } from './work-orders/await-view-version.use-case';
import { GetWorkOrderUseCase } from './work-orders/get-work-order.use-case';
import { ListWorkOrdersUseCase } from './work-orders/list-work-orders.use-case';
import { ProjectWorkOrder } from './work-orders/project-work-order';
import { ViewVersions } from './work-orders/view-versions';
import { WorkOrderListing } from './work-orders/work-order-listing.entity';
import { WorkOrderListingRepository } from './work-orders/work-order-listing.repository';
import { WorkOrderProjectionHandler } from './work-orders/work-order-projection.handler';
import { WorkOrdersHandler } from './work-orders/work-orders.handler';
import { AccountabilityFinding } from './accountability/accountability-finding.entity';
import { AccountabilityFindingRepository } from './accountability/accountability-finding.repository';
import { AccountabilityRecord } from './accountability/accountability-record.entity';
import { AccountabilityRecordRepository } from './accountability/accountability-record.repository';
import { AccountabilityHandler } from './accountability/accountability.handler';
import { GetAccountabilityRegisterUseCase } from './accountability/get-accountability-register.use-case';
import { KnowledgeReminder } from './accountability/knowledge-reminder.entity';
import { KnowledgeReminderJob } from './accountability/knowledge-reminder.job';
import { KnowledgeReminderRepository } from './accountability/knowledge-reminder.repository';
import { RecordAccountabilityUseCase } from './accountability/record-accountability.use-case';
import { RemindStaleArticlesUseCase } from './accountability/remind-stale-articles.use-case';
import { StepEvidence } from './accountability/step-evidence';
import { Accountability1765300000102 } from './migrations/1765300000102-accountability';
import { DetectHotSpotsUseCase } from './hot-spots/detect-hot-spots.use-case';
import { HotSpotJob } from './hot-spots/hot-spot.job';
import { HotSpotListRepository } from './hot-spots/hot-spot-list.repository';
import { HotSpotWorkOrder } from './hot-spots/hot-spot-work-order.entity';
import { HotSpot } from './hot-spots/hot-spot.entity';
import { HotSpotRepository } from './hot-spots/hot-spot.repository';
import { HotSpotsHandler } from './hot-spots/hot-spots.handler';
import { ListHotSpotsUseCase } from './hot-spots/list-hot-spots.use-case';
import { HotSpots1765300000101 } from './migrations/1765300000101-hot-spots';
import { GetTimelineUseCase } from './timeline/get-timeline.use-case';
import { TimelineEntry } from './timeline/timeline-entry.entity';
import { TimelineHandler } from './timeline/timeline.handler';
import { TimelineRepository } from './timeline/timeline.repository';

export const SUPERVISION_ENTITIES = [
  TimelineEntry,
  WorkOrderListing,
  HotSpot,
  HotSpotWorkOrder,
  AccountabilityFinding,
  AccountabilityRecord,
  KnowledgeReminder,
];
export const SUPERVISION_MIGRATIONS = [
  Timeline1764000000500,
  WorkOrderListing1764000000501,
  WorkOrderMatter1765110000002,
  AppendOnlyTimeline1765150000001,
  HotSpots1765300000101,
  Accountability1765300000102,
];

@Module({
  imports: [
    ServiceConfigModule.forRoot(SupervisionConfig),
    PersistenceModule.forService({
      service: 'supervision',
      entities: SUPERVISION_ENTITIES,
      migrations: SUPERVISION_MIGRATIONS,
    }),
    MessagingModule.forService('supervision'),
    PlatformModule.forService(),
    WorkingCalendarModule,
  ],
  controllers: [
    TimelineHandler,
    CalendarHandler,
    WorkOrderProjectionHandler,
    WorkOrdersHandler,
    HotSpotsHandler,
    AccountabilityHandler,
  ],
  providers: [
    HolidayNoticeRepository,
    TimelineRepository,
    WorkOrderListingRepository,
    LoadHolidayNoticeUseCase,
    ProjectWorkOrder,
    GetWorkOrderUseCase,
    ListWorkOrdersUseCase,
    GetTimelineUseCase,
    ViewVersions,
    AwaitViewVersionUseCase,
    HotSpotRepository,
    HotSpotListRepository,
    DetectHotSpotsUseCase,
    ListHotSpotsUseCase,
    HotSpotJob,
    AccountabilityFindingRepository,
    AccountabilityRecordRepository,
    KnowledgeReminderRepository,
    StepEvidence,
    RecordAccountabilityUseCase,
    GetAccountabilityRegisterUseCase,
    RemindStaleArticlesUseCase,
    KnowledgeReminderJob,
  ],
})
export class AppModule {}
