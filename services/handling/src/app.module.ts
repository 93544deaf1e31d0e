import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '@hotline/calendar';
import { MessagingModule } from '@hotline/messaging';
import { PlatformModule, ServiceConfigModule } from '@hotline/platform';
import { PersistenceModule } from '@hotline/persistence';
import { HandlingConfig } from './handling.config';
import { RequestRehandlingAppealUseCase } from './appeals/request-rehandling-appeal.use-case';
import { RaiseDifficultyUseCase } from './coordination/raise-difficulty.use-case';
import { DecideExtensionUseCase } from './extensions/decide-extension.use-case';
import { RecordCallerInformedUseCase } from './extensions/record-caller-informed.use-case';
import { RequestExtensionUseCase } from './extensions/request-extension.use-case';
import { CoUnitContributions1764000000300 } from './migrations/1764000000300-co-unit-contributions';
import { CoUnitContributionRecord } from './replies/co-unit-contribution.entity';
import { CoUnitContributionsRepository } from './replies/co-unit-contributions.repository';
import { ListContributionsUseCase } from './replies/list-contributions.use-case';
import { ReviewReplyUseCase } from './replies/review-reply.use-case';
import { SubmitReplyUseCase } from './replies/submit-reply.use-case';
import { RequestReturnUseCase } from './returns/request-return.use-case';
import { DeemSignedSweep } from './signing/deem-signed.sweep';
import { SignWorkOrderUseCase } from './signing/sign-work-order.use-case';
import { ListUnitTasksUseCase } from './tasks/list-unit-tasks.use-case';
import { HandlingHandler } from './work-orders/handling.handler';
import { HandlingWorkOrdersRepository } from './work-orders/handling-work-orders.repository';
import { HandlingSteps } from './work-orders/handling-steps';
import { WorkOrderFollowerHandler } from './work-orders/work-order-follower.handler';

export const HANDLING_ENTITIES = [CoUnitContributionRecord];
export const HANDLING_MIGRATIONS = [CoUnitContributions1764000000300];

@Module({
  imports: [
    ServiceConfigModule.forRoot(HandlingConfig),
    PersistenceModule.forService({ service: 'handling', entities: HANDLING_ENTITIES, migrations: HANDLING_MIGRATIONS }),
    MessagingModule.forService('handling'),
    PlatformModule.forService(),
    WorkingCalendarModule,
  ],
  controllers: [HandlingHandler, WorkOrderFollowerHandler],
  providers: [
    HandlingWorkOrdersRepository,
    CoUnitContributionsRepository,
    HandlingSteps,
    SignWorkOrderUseCase,
    RequestReturnUseCase,
    RequestExtensionUseCase,
    DecideExtensionUseCase,
    RecordCallerInformedUseCase,
    SubmitReplyUseCase,
    ReviewReplyUseCase,
    RaiseDifficultyUseCase,
    ListContributionsUseCase,
    ListUnitTasksUseCase,
    DeemSignedSweep,
    RequestRehandlingAppealUseCase,
  ],
})
export class AppModule {}
