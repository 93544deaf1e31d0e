import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '@hotline/calendar';
import { MessagingModule } from '@hotline/messaging';
import { PersistenceModule } from '@hotline/persistence';
import { Appeal } from './appeals/appeal.entity';
import { DecideAppealUseCase } from './appeals/decide-appeal.use-case';
import { RequestAppealUseCase } from './appeals/request-appeal.use-case';
import { CallbacksHandler } from './callbacks/callbacks.handler';
import { RecordCallbackUseCase } from './callbacks/record-callback.use-case';
import { TakeCallbackStep } from './callbacks/take-callback-step';
import { FollowCompletedHandler } from './follow/follow-completed.handler';
import { Appeals1764000000400 } from './migrations/1764000000400-appeals';

export const CALLBACKS_ENTITIES = [Appeal];
export const CALLBACKS_MIGRATIONS = [Appeals1764000000400];

@Module({
  imports: [
    PersistenceModule.forService({ service: 'callbacks', entities: CALLBACKS_ENTITIES, migrations: CALLBACKS_MIGRATIONS }),
    MessagingModule.forService('callbacks'),
    WorkingCalendarModule,
  ],
  controllers: [FollowCompletedHandler, CallbacksHandler],
  providers: [TakeCallbackStep, RecordCallbackUseCase, RequestAppealUseCase, DecideAppealUseCase],
})
export class AppModule {}
