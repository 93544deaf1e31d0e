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
import { Rosters1765320000001 } from './migrations/1765320000001-rosters';
import { ListRosterUseCase } from './rosters/list-roster.use-case';
import { OnDutyReader } from './rosters/on-duty.reader';
import { RosterDuty } from './rosters/roster-duty.entity';
import { RosterRepository } from './rosters/roster.repository';
import { RostersHandler } from './rosters/rosters.handler';
import { ScheduleDutyUseCase } from './rosters/schedule-duty.use-case';
import { UnitRollupUseCase } from './units/unit-rollup.use-case';
import { UnitsHandler } from './units/units.handler';
import { SupervisionCases1766000000001 } from './migrations/1766000000001-supervision-cases';
import { DeadlineWatch } from './deadline-watch/deadline-watch';
import { WatchedDeadline } from './deadline-watch/watched-deadline.entity';
import { WatchedDeadlinesRepository } from './deadline-watch/watched-deadlines.repository';
import { WorkOrderDeadlines } from './deadline-watch/work-order-deadlines';
import { DeadlineCountsRepository } from './deadline-watch/deadline-counts.repository';
import { WorkOrderGauges } from './deadline-watch/work-order-gauges';
import { AnswerCaseUseCase } from './supervision-cases/answer-case.use-case';
import { AutomaticCases } from './supervision-cases/automatic-cases';
import { AutomaticCasesHandler } from './supervision-cases/automatic-cases.handler';
import { CaseSteps } from './supervision-cases/case-steps';
import { CaseWorkOrder } from './supervision-cases/case-work-order.entity';
import { CloseCaseUseCase } from './supervision-cases/close-case.use-case';
import { DecideCaseExtensionUseCase } from './supervision-cases/decide-case-extension.use-case';
import { EscalateCaseUseCase } from './supervision-cases/escalate-case.use-case';
import { ListSupervisionCasesUseCase } from './supervision-cases/list-supervision-cases.use-case';
import { OpenSupervisionCaseUseCase } from './supervision-cases/open-supervision-case.use-case';
import { RequestCaseExtensionUseCase } from './supervision-cases/request-case-extension.use-case';
import { SupervisionCaseRecord } from './supervision-cases/supervision-case.entity';
import { SupervisionCasesHandler } from './supervision-cases/supervision-cases.handler';
import { SupervisionCasesRepository } from './supervision-cases/supervision-cases.repository';
import { AwaitViewVersionUseCase } from './work-orders/await-view-version.use-case';
import { GetWorkOrderUseCase } from './work-orders/get-work-order.use-case';
import { ListWorkOrdersUseCase } from './work-orders/list-work-orders.use-case';
import { ProjectWorkOrder } from './work-orders/project-work-order';
import { ViewVersions } from './work-orders/view-versions';
import { WorkOrderListing } from './work-orders/work-order-listing.entity';
import { WorkOrderListingRepository } from './work-orders/work-order-listing.repository';
import { WorkOrderPageRepository } from './work-orders/work-order-page.repository';
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
import { TimelineInbox } from './timeline/timeline-inbox';
import { TimelineRepository } from './timeline/timeline.repository';
import { Reports1767150000001 } from './migrations/1767150000001-reports';
import { ReportRollups1767400000001 } from './migrations/1767400000001-report-rollups';
import { WorkOrderDueOrder1767300000201 } from './migrations/1767300000201-work-order-due-order';
import { WorkOrderListingState1767450000001 } from './migrations/1767450000001-work-order-listing-state';
import { AssessmentMethodRecord } from './reports/assessment-method.entity';
import { AssessmentMethodInForce } from './reports/assessment-method-in-force';
import { AssessmentMethodsRepository } from './reports/assessment-methods.repository';
import { BuildMonthlyReport } from './reports/build-monthly-report';
import { FrozenMonthsRepository } from './reports/frozen-months.repository';
import { GetAssessmentUseCase } from './reports/get-assessment.use-case';
import { GetMonthlyReportUseCase } from './reports/get-monthly-report.use-case';
import { MonthlyFiguresRepository } from './reports/monthly-figures.repository';
import { MonthlyTrend } from './reports/monthly-trend';
import { OpenOrdersSnapshotJob } from './reports/open-orders-snapshot.job';
import { OpenOrdersSnapshotRepository } from './reports/open-orders-snapshot.repository';
import { RebuildReportModelUseCase } from './reports/rebuild-report-model.use-case';
import { ReportCorrection } from './reports/report-correction.entity';
import { ReportFrozenMonth } from './reports/report-frozen-month.entity';
import { ReportModel } from './reports/report-model';
import { ReportModelFolder } from './reports/report-model-folder.job';
import { ReportFoldCursor } from './reports/report-fold-cursor.entity';
import { ReportFoldCursorRepository } from './reports/report-fold-cursor.repository';
import { ReportModelRepository } from './reports/report-model.repository';
import { ReportRollupsRepository } from './reports/report-rollups.repository';
import { ReportUnitDay } from './reports/report-unit-day.entity';
import { ReportBreakdownDay } from './reports/report-breakdown-day.entity';
import { ReportDurationMinute } from './reports/report-duration-minute.entity';
import { ReportOpenDay } from './reports/report-open-day.entity';
import { ReportStateChange } from './reports/report-state-change.entity';
import { ReportWorkOrder } from './reports/report-work-order.entity';
import { ReportsHandler } from './reports/reports.handler';
import { SetAssessmentMethodUseCase } from './reports/set-assessment-method.use-case';
import { BranchOrderFigures } from './reports/branch-order-figures';
import { BranchOrderRecord } from './branch-orders/branch-order.entity';
import { BranchOrdersHandler } from './branch-orders/branch-orders.handler';
import { BranchOrdersRepository } from './branch-orders/branch-orders.repository';
import { FollowBranchOrderUseCase } from './branch-orders/follow-branch-order.use-case';
import { BranchOrders1767500000001 } from './migrations/1767500000001-branch-orders';
import { ReportFoldCursor1767600000001 } from './migrations/1767600000001-report-fold-cursor';
import { ListingIsTheCopy1767700000001 } from './migrations/1767700000001-listing-is-the-copy';
import { ListedDeadlines1767700000002 } from './migrations/1767700000002-listed-deadlines';
import { CoHandlingOrder1767900000001 } from './migrations/1767900000001-co-handling-order';
import { ListingLeadStatus1767900000002 } from './migrations/1767900000002-listing-lead-status';
import { LateOrders1767900000003 } from './migrations/1767900000003-late-orders';
import { WorkOrderCoHandling } from './work-orders/work-order-co-handling.entity';

export const SUPERVISION_ENTITIES = [
  TimelineEntry,
  WorkOrderListing,
  WorkOrderCoHandling,
  RosterDuty,
  SupervisionCaseRecord,
  CaseWorkOrder,
  WatchedDeadline,
  HotSpot,
  HotSpotWorkOrder,
  AccountabilityFinding,
  AccountabilityRecord,
  KnowledgeReminder,
  ReportWorkOrder,
  ReportStateChange,
  ReportOpenDay,
  ReportFrozenMonth,
  ReportCorrection,
  AssessmentMethodRecord,
  BranchOrderRecord,
  ReportUnitDay,
  ReportBreakdownDay,
  ReportDurationMinute,
  ReportFoldCursor,
];
export const SUPERVISION_MIGRATIONS = [
  Timeline1764000000500,
  WorkOrderListing1764000000501,
  WorkOrderMatter1765110000002,
  AppendOnlyTimeline1765150000001,
  Rosters1765320000001,
  SupervisionCases1766000000001,
  HotSpots1765300000101,
  Accountability1765300000102,
  Reports1767150000001,
  WorkOrderDueOrder1767300000201,
  ReportRollups1767400000001,
  WorkOrderListingState1767450000001,
  BranchOrders1767500000001,
  ReportFoldCursor1767600000001,
  ListingIsTheCopy1767700000001,
  ListedDeadlines1767700000002,
  CoHandlingOrder1767900000001,
  ListingLeadStatus1767900000002,
  LateOrders1767900000003,
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
    RostersHandler,
    UnitsHandler,
    SupervisionCasesHandler,
    AutomaticCasesHandler,
    HotSpotsHandler,
    AccountabilityHandler,
    ReportsHandler,
    BranchOrdersHandler,
  ],
  providers: [
    HolidayNoticeRepository,
    TimelineRepository,
    TimelineInbox,
    WorkOrderListingRepository,
    WorkOrderPageRepository,
    LoadHolidayNoticeUseCase,
    ProjectWorkOrder,
    GetWorkOrderUseCase,
    ListWorkOrdersUseCase,
    GetTimelineUseCase,
    ViewVersions,
    AwaitViewVersionUseCase,
    RosterRepository,
    OnDutyReader,
    ScheduleDutyUseCase,
    ListRosterUseCase,
    UnitRollupUseCase,
    WatchedDeadlinesRepository,
    WorkOrderDeadlines,
    DeadlineWatch,
    DeadlineCountsRepository,
    WorkOrderGauges,
    SupervisionCasesRepository,
    CaseSteps,
    AutomaticCases,
    OpenSupervisionCaseUseCase,
    ListSupervisionCasesUseCase,
    RequestCaseExtensionUseCase,
    DecideCaseExtensionUseCase,
    AnswerCaseUseCase,
    EscalateCaseUseCase,
    CloseCaseUseCase,
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
    ReportModelRepository,
    ReportRollupsRepository,
    ReportModel,
    ReportFoldCursorRepository,
    ReportModelFolder,
    RebuildReportModelUseCase,
    FrozenMonthsRepository,
    MonthlyFiguresRepository,
    MonthlyTrend,
    OpenOrdersSnapshotRepository,
    OpenOrdersSnapshotJob,
    AssessmentMethodsRepository,
    AssessmentMethodInForce,
    BuildMonthlyReport,
    GetMonthlyReportUseCase,
    GetAssessmentUseCase,
    SetAssessmentMethodUseCase,
    BranchOrdersRepository,
    FollowBranchOrderUseCase,
    BranchOrderFigures,
  ],
})
export class AppModule {}
