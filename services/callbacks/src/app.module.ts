import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '@hotline/calendar';
import { MessagingModule } from '@hotline/messaging';
import { PlatformModule, ServiceConfigModule } from '@hotline/platform';
import { PersistenceModule } from '@hotline/persistence';
import { Appeal } from './appeals/appeal.entity';
import { AppealsRepository } from './appeals/appeals.repository';
import { CloseUnsatisfiedSweep } from './appeals/close-unsatisfied.sweep';
import { DecideAppealUseCase } from './appeals/decide-appeal.use-case';
import { RequestAppealUseCase } from './appeals/request-appeal.use-case';
import { CallbacksHandler } from './callbacks/callbacks.handler';
import { RecordCallbackUseCase } from './callbacks/record-callback.use-case';
import { TakeCallbackStep } from './callbacks/take-callback-step';
import { CallbacksConfig } from './config/callbacks.config';
import { FollowCompletedHandler } from './follow/follow-completed.handler';
import { Appeals1764000000400 } from './migrations/1764000000400-appeals';
import { CallbackQueueRepository } from './queue/callback-queue.repository';
import { ListCallbackQueueUseCase } from './queue/list-callback-queue.use-case';

export const CALLBACKS_ENTITIES = [Appeal];
export const CALLBACKS_MIGRATIONS = [Appeals1764000000400];

@Module({
  imports: [
    ServiceConfigModule.forRoot(CallbacksConfig),
    PersistenceModule.forService({
      service: 'callbacks',
      entities: CALLBACKS_ENTITIES,
      migrations: CALLBACKS_MIGRATIONS,
    }),
    MessagingModule.forService('callbacks'),
    PlatformModule.forService(),
    WorkingCalendarModule,
  ],
  controllers: [FollowCompletedHandler, CallbacksHandler],
  providers: [
    AppealsRepository,
    CallbackQueueRepository,
    TakeCallbackStep,
    RecordCallbackUseCase,
    RequestAppealUseCase,
    DecideAppealUseCase,
    ListCallbackQueueUseCase,
    CloseUnsatisfiedSweep,
  ],
})
export class AppModule {}
