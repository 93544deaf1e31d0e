import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuthModule } from '@hotline/auth';
import { MessagingModule } from '@hotline/messaging';
import { PlatformModule, ServiceConfigModule } from '@hotline/platform';
import { AdminController } from './admin/admin.controller';
import { IntakeAdminController } from './admin/intake-admin.controller';
import { CallerMisuseController } from './callers/caller-misuse.controller';
import { CallerReadsController } from './callers/caller-reads.controller';
import { ContactRequestsController } from './callers/contact-requests.controller';
import { WorkOrderCallerController } from './callers/work-order-caller.controller';
import { CalendarController } from './calendar/calendar.controller';
import { GatewayConfig } from './gateway.config';
import { CallbackQueueController } from './callbacks/callback-queue.controller';
import { CallbacksController } from './callbacks/callbacks.controller';
import { OnlineAnswerController } from './callback-pending/online-answer.controller';
import { CoordinationController } from './dispatch/coordination.controller';
import { DispatchController } from './dispatch/dispatch.controller';
import { RoutingRulesController } from './dispatch/routing-rules.controller';
import { HandlingController } from './handling/handling.controller';
import { UnitTasksController } from './handling/unit-tasks.controller';
import { HealthController } from './health/health.controller';
import { MetricsPort } from './health/metrics-port';
import { Readiness } from './health/readiness';
import { KnowledgeController } from './knowledge/knowledge.controller';
import { Open311Controller } from './open311/open311.controller';
import { RequestsController } from './requests/requests.controller';
import { RostersController } from './rosters/rosters.controller';
import { SupervisedUnitsInterceptor, UnitHierarchy } from './units/subordinate-units';
import { SupervisionCasesController } from './supervision/supervision-cases.controller';
import { AccountabilityController } from './supervision/accountability.controller';
import { AssessmentsController } from './reports/assessments.controller';
import { MonthlyReportController } from './reports/monthly-report.controller';
import { HotSpotsController } from './supervision/hot-spots.controller';
import { UnitsController } from './units/units.controller';
import { PartnerEventsController } from './partners/partner-events.controller';
import { PartnersController } from './partners/partners.controller';
import { TransfersController } from './partners/transfers.controller';
import { ReadYourWritesInterceptor } from './work-orders/read-your-writes.interceptor';
import { WorkOrdersController } from './work-orders/work-orders.controller';
import { DevSignInController } from './console/dev-sign-in.controller';
import { OidcSignInController } from './console/oidc-sign-in.controller';
import { EventStreamController } from './events/event-stream.controller';

@Module({
  imports: [
    ServiceConfigModule.forRoot(GatewayConfig),
    AuthModule.forRoot(),
    MessagingModule.forClient('gateway'),
    PlatformModule.forClient(),
  ],
  controllers: [
    HealthController,
    RequestsController,
    WorkOrdersController,
    AdminController,
    CalendarController,
    UnitsController,
    RoutingRulesController,
    DispatchController,
    CoordinationController,
    CallbacksController,
    CallbackQueueController,
    HandlingController,
    UnitTasksController,
    IntakeAdminController,
    Open311Controller,
    KnowledgeController,
    WorkOrderCallerController,
    ContactRequestsController,
    CallerReadsController,
    CallerMisuseController,
    OnlineAnswerController,
    RostersController,
    SupervisionCasesController,
    HotSpotsController,
    AccountabilityController,
    MonthlyReportController,
    AssessmentsController,
    PartnersController,
    PartnerEventsController,
    TransfersController,
    DevSignInController,
    OidcSignInController,
    EventStreamController,
  ],
  providers: [
    Readiness,
    MetricsPort,
    UnitHierarchy,
    SupervisedUnitsInterceptor,
    { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
  ],
})
export class AppModule {}
