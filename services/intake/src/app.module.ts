import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '@hotline/calendar';
import { MessagingModule } from '@hotline/messaging';
import { PersistenceModule } from '@hotline/persistence';
import { CallerCipher } from './callers/caller-cipher';
import { callerKeysFromEnv } from './callers/caller-keys.config';
import { IntakeTables1764000000100 } from './migrations/1764000000100-intake-tables';
import { CallbackDeadline1764000000101 } from './migrations/1764000000101-callback-deadline';
import { CitizenRequest } from './requests/citizen-request.entity';
import { IntakeWorkOrder } from './requests/intake-work-order.entity';
import { RecordRequestUseCase } from './requests/record-request.use-case';
import { RequestsHandler } from './requests/requests.handler';
import { WorkOrderCounter } from './requests/work-order-counter.entity';

export const INTAKE_ENTITIES = [CitizenRequest, IntakeWorkOrder, WorkOrderCounter];
export const INTAKE_MIGRATIONS = [IntakeTables1764000000100, CallbackDeadline1764000000101];

@Module({
  imports: [
    PersistenceModule.forService({ service: 'intake', entities: INTAKE_ENTITIES, migrations: INTAKE_MIGRATIONS }),
    MessagingModule.forService('intake'),
    WorkingCalendarModule,
  ],
  controllers: [RequestsHandler],
  providers: [RecordRequestUseCase, { provide: CallerCipher, useFactory: () => new CallerCipher(callerKeysFromEnv()) }],
})
export class AppModule {}
