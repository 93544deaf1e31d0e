import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '@hotline/calendar';
import { MessagingModule } from '@hotline/messaging';
import { PlatformModule, ServiceConfigModule } from '@hotline/platform';
import { PersistenceModule } from '@hotline/persistence';
import { IntakeConfig } from './intake.config';
import { AssistRequestUseCase } from './assist/assist-request.use-case';
import { AssistHandler } from './assist/assist.handler';
import { KnowledgeAnswers } from './assist/knowledge-answers';
import { CallerCipher } from './callers/caller-cipher';
import { callerKeysFromEnv } from './callers/caller-keys.config';
import { CallerMisuseFlag } from './callers/caller-misuse-flag.entity';
import { CallerMisuseFlagRepository } from './callers/caller-misuse-flag.repository';
import { CallerRead } from './callers/caller-read.entity';
import { CallerReadRepository } from './callers/caller-read.repository';
import { CallerMisuseHandler } from './callers/caller-misuse.handler';
import { CallersHandler } from './callers/callers.handler';
import { ListCallerMisuseUseCase } from './callers/list-caller-misuse.use-case';
import { RecordCallerMisuseUseCase } from './callers/record-caller-misuse.use-case';
import { CallerReadAnomaliesUseCase } from './callers/caller-read-anomalies.use-case';
import { ListCallerReadsUseCase } from './callers/list-caller-reads.use-case';
import { MaskedCallerUseCase } from './callers/masked-caller.use-case';
import { ReadCallerUseCase } from './callers/read-caller.use-case';
import { WorkOrderCallers } from './callers/work-order-callers';
import { CloseContactRequestUseCase } from './contact-requests/close-contact-request.use-case';
import { ContactRequest } from './contact-requests/contact-request.entity';
import { ContactRequestRepository } from './contact-requests/contact-request.repository';
import { ContactRequestsHandler } from './contact-requests/contact-requests.handler';
import { CreateContactRequestUseCase } from './contact-requests/create-contact-request.use-case';
import { ListContactRequestsUseCase } from './contact-requests/list-contact-requests.use-case';
import { ReEncryptCallersUseCase } from './callers/re-encrypt-callers.use-case';
import { Jurisdiction } from './jurisdictions/jurisdiction.entity';
import { JurisdictionRepository } from './jurisdictions/jurisdiction.repository';
import { JurisdictionTable } from './jurisdictions/jurisdiction-table';
import { JurisdictionsHandler } from './jurisdictions/jurisdictions.handler';
import { ListJurisdictionsUseCase } from './jurisdictions/list-jurisdictions.use-case';
import { SaveJurisdictionUseCase } from './jurisdictions/save-jurisdiction.use-case';
import { IntakeTables1764000000100 } from './migrations/1764000000100-intake-tables';
import { CallbackDeadline1764000000101 } from './migrations/1764000000101-callback-deadline';
import { IntakeAssist1764000000102 } from './migrations/1764000000102-intake-assist';
import { RepeatCandidateIndexes1764000000103 } from './migrations/1764000000103-repeat-candidate-indexes';
import { CallerIdentity1765120000001 } from './migrations/1765120000001-caller-identity';
import { ConsentNatureArticleVersion1765130000001 } from './migrations/1765130000001-consent-nature-article-version';
import { CallerReadNote1765170000001 } from './migrations/1765170000001-caller-read-note';
import { CallerMisuseKinds1765210000001 } from './migrations/1765210000001-caller-misuse-kinds';
import { CallerReadWorkOrderStatus1765300000201 } from './migrations/1765300000201-caller-read-work-order-status';
import { CitizenRequest } from './requests/citizen-request.entity';
import { CitizenRequestRepository } from './requests/citizen-request.repository';
import { GetRequestStatusUseCase } from './requests/get-request-status.use-case';
import { IntakeWorkOrder } from './requests/intake-work-order.entity';
import { IntakeWorkOrderRepository } from './requests/intake-work-order.repository';
import { ListRequestStatusesUseCase } from './requests/list-request-statuses.use-case';
import { RecordRequestUseCase } from './requests/record-request.use-case';
import { RequestStatusHandler } from './requests/request-status.handler';
import { RequestsHandler } from './requests/requests.handler';
import { WorkOrderCounter } from './requests/work-order-counter.entity';
import { WorkOrderCounterRepository } from './requests/work-order-counter.repository';
import { WorkOrderStepsHandler } from './requests/work-order-steps.handler';
import { KnowledgeCitations } from './requests/knowledge-citations';
import { AnswerOnlineUseCase } from './callback-pending/answer-online.use-case';
import { CallbackPendingHandler } from './callback-pending/callback-pending.handler';
import { ReleaseForDispatchUseCase } from './callback-pending/release-for-dispatch.use-case';
import { TakeIntakeStep } from './callback-pending/take-intake-step';
import { PartnerLines1767420000001 } from './migrations/1767420000001-partner-lines';
import { WorkOrderStatusInCopy1767700000101 } from './migrations/1767700000101-work-order-status-in-copy';
import { PartnerLine } from './partner-lines/partner-line.entity';
import { PartnerLines } from './partner-lines/partner-lines';
import { PartnerLinesHandler } from './partner-lines/partner-lines.handler';
import { PartnerLinesRepository } from './partner-lines/partner-lines.repository';

export const INTAKE_ENTITIES = [
  CitizenRequest,
  IntakeWorkOrder,
  WorkOrderCounter,
  Jurisdiction,
  CallerRead,
  CallerMisuseFlag,
  ContactRequest,
  PartnerLine,
];
export const INTAKE_MIGRATIONS = [
  IntakeTables1764000000100,
  CallbackDeadline1764000000101,
  IntakeAssist1764000000102,
  RepeatCandidateIndexes1764000000103,
  CallerIdentity1765120000001,
  ConsentNatureArticleVersion1765130000001,
  CallerReadNote1765170000001,
  CallerMisuseKinds1765210000001,
  CallerReadWorkOrderStatus1765300000201,
  PartnerLines1767420000001,
  WorkOrderStatusInCopy1767700000101,
];

@Module({
  imports: [
    ServiceConfigModule.forRoot(IntakeConfig),
    PersistenceModule.forService({ service: 'intake', entities: INTAKE_ENTITIES, migrations: INTAKE_MIGRATIONS }),
    MessagingModule.forService('intake'),
    PlatformModule.forService(),
    WorkingCalendarModule,
  ],
  controllers: [
    RequestsHandler,
    AssistHandler,
    CallersHandler,
    CallerMisuseHandler,
    JurisdictionsHandler,
    RequestStatusHandler,
    WorkOrderStepsHandler,
    ContactRequestsHandler,
    CallbackPendingHandler,
    PartnerLinesHandler,
  ],
  providers: [
    CitizenRequestRepository,
    IntakeWorkOrderRepository,
    WorkOrderCounterRepository,
    CallerReadRepository,
    CallerMisuseFlagRepository,
    ContactRequestRepository,
    JurisdictionRepository,
    RecordRequestUseCase,
    AssistRequestUseCase,
    KnowledgeAnswers,
    ReadCallerUseCase,
    MaskedCallerUseCase,
    ListCallerReadsUseCase,
    RecordCallerMisuseUseCase,
    ListCallerMisuseUseCase,
    CallerReadAnomaliesUseCase,
    WorkOrderCallers,
    CreateContactRequestUseCase,
    ListContactRequestsUseCase,
    CloseContactRequestUseCase,
    ReEncryptCallersUseCase,
    JurisdictionTable,
    ListJurisdictionsUseCase,
    SaveJurisdictionUseCase,
    GetRequestStatusUseCase,
    ListRequestStatusesUseCase,
    KnowledgeCitations,
    TakeIntakeStep,
    AnswerOnlineUseCase,
    ReleaseForDispatchUseCase,
    PartnerLinesRepository,
    PartnerLines,
    { provide: CallerCipher, useFactory: () => new CallerCipher(callerKeysFromEnv()) },
  ],
})
export class AppModule {}
