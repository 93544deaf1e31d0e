import { Module } from '@nestjs/common';
import { MessagingModule } from '@hotline/messaging';
import { PlatformModule, ServiceConfigModule } from '@hotline/platform';
import { PersistenceModule } from '@hotline/persistence';
import { LinkageConfig } from './linkage.config';
import { Partners1766400000001 } from './migrations/1766400000001-partners';
import { PartnerMessagesIn1766400000002 } from './migrations/1766400000002-partner-messages-in';
import { TransfersOut1766400000003 } from './migrations/1766400000003-transfers-out';
import { TransfersIn1766400000004 } from './migrations/1766400000004-transfers-in';
import { OneTransferPerPartner1767410000001 } from './migrations/1767410000001-one-transfer-per-partner';
import { PartnerDeliveryUrl1767410000002 } from './migrations/1767410000002-partner-delivery-url';
import { EmergencyLinesOwnCategories1767410000003 } from './migrations/1767410000003-emergency-lines-own-categories';
import { BranchSync1767430000001 } from './migrations/1767430000001-branch-sync';
import { TransferInReportedStep1768000000001 } from './migrations/1768000000001-transfer-in-reported-step';
import { ApplyBranchMessage } from './branch-sync/apply-branch-message';
import { BranchOrder } from './branch-sync/branch-order.entity';
import { BranchOrderUpsert } from './branch-sync/branch-order-upsert';
import { BranchOrdersRepository } from './branch-sync/branch-orders.repository';
import { BranchReconciliationJob } from './branch-sync/branch-reconciliation.job';
import { BranchReconciliations } from './branch-sync/branch-reconciliations';
import { BranchSyncGauges } from './branch-sync/branch-sync.gauges';
import { BranchSyncViews } from './branch-sync/branch-sync-views';
import { PartnerSyncJob } from './branch-sync/partner-sync.job';
import { PartnerSequenceGap } from './partner-messages/partner-sequence-gap.entity';
import { PartnerSequenceTracker } from './partner-messages/partner-sequence-tracker';
import { PartnerSequencesRepository } from './partner-messages/partner-sequences.repository';
import { PartnerSyncState } from './partner-messages/partner-sync-state.entity';
import { TransferIn } from './transfers-in/transfer-in.entity';
import { TransferInJob } from './transfers-in/transfer-in.job';
import { TransferInProgressHandler } from './transfers-in/transfer-in-progress.handler';
import { TransfersInRepository } from './transfers-in/transfers-in.repository';
import { PartnerMessageIntake } from './partner-messages/partner-message-intake';
import { PartnerNatsInbox } from './partner-messages/partner-nats-inbox';
import { ApplyPartnerAnswer } from './transfers-out/apply-partner-answer';
import { OutgoingEnvelopes } from './transfers-out/outgoing-envelopes';
import { PartnerOutbound } from './transfers-out/partner-outbound';
import { TransferDeliveryJob } from './transfers-out/transfer-delivery.job';
import { TransferOut } from './transfers-out/transfer-out.entity';
import { TransferWorkOrderUseCase } from './transfers-out/transfer-work-order.use-case';
import { TransfersHandler } from './transfers-out/transfers.handler';
import { EmergencyRejectionsHandler } from './transfers-out/emergency-rejections.handler';
import { SendTransfer } from './transfers-out/send-transfer';
import { TransferEmergencyRejectionUseCase } from './transfers-out/transfer-emergency-rejection.use-case';
import { TransfersOutRepository } from './transfers-out/transfers-out.repository';
import { PartnerMessageIn } from './partner-messages/partner-message-in.entity';
import { PartnerMessagesHandler } from './partner-messages/partner-messages.handler';
import { PartnerMessagesRepository } from './partner-messages/partner-messages.repository';
import { PartnerRequestAuthenticator } from './partner-messages/partner-request-authenticator';
import { ReceivePartnerMessageUseCase } from './partner-messages/receive-partner-message.use-case';
import { ListPartnersUseCase } from './partners/list-partners.use-case';
import { PartnerKeySeal } from './partners/partner-key-seal';
import { PartnerKey } from './partners/partner-key.entity';
import { Partner } from './partners/partner.entity';
import { PartnersHandler } from './partners/partners.handler';
import { PartnersRepository } from './partners/partners.repository';
import { SavePartnerUseCase } from './partners/save-partner.use-case';
import { AnnouncePartners } from './partner-announcements/announce-partners';

export const LINKAGE_ENTITIES = [
  Partner,
  PartnerKey,
  PartnerMessageIn,
  TransferOut,
  TransferIn,
  BranchOrder,
  PartnerSyncState,
  PartnerSequenceGap,
];
export const LINKAGE_MIGRATIONS = [
  Partners1766400000001,
  PartnerMessagesIn1766400000002,
  TransfersOut1766400000003,
  TransfersIn1766400000004,
  OneTransferPerPartner1767410000001,
  PartnerDeliveryUrl1767410000002,
  EmergencyLinesOwnCategories1767410000003,
  BranchSync1767430000001,
  TransferInReportedStep1768000000001,
];

@Module({
  imports: [
    ServiceConfigModule.forRoot(LinkageConfig),
    PersistenceModule.forService({ service: 'linkage', entities: LINKAGE_ENTITIES, migrations: LINKAGE_MIGRATIONS }),
    MessagingModule.forService('linkage'),
    PlatformModule.forService(),
  ],
  controllers: [
    PartnersHandler,
    PartnerMessagesHandler,
    TransfersHandler,
    TransferInProgressHandler,
    EmergencyRejectionsHandler,
  ],
  providers: [
    {
      provide: PartnerKeySeal,
      inject: [LinkageConfig],
      useFactory: (config: LinkageConfig) => new PartnerKeySeal(config.HOTLINE_PARTNER_KEY_SEAL),
    },
    PartnersRepository,
    SavePartnerUseCase,
    AnnouncePartners,
    ListPartnersUseCase,
    PartnerMessagesRepository,
    PartnerRequestAuthenticator,
    ReceivePartnerMessageUseCase,
    PartnerMessageIntake,
    PartnerNatsInbox,
    ApplyPartnerAnswer,
    PartnerOutbound,
    OutgoingEnvelopes,
    TransfersOutRepository,
    SendTransfer,
    TransferWorkOrderUseCase,
    TransferEmergencyRejectionUseCase,
    TransferDeliveryJob,
    TransfersInRepository,
    TransferInJob,
    PartnerSequencesRepository,
    PartnerSequenceTracker,
    BranchOrdersRepository,
    BranchOrderUpsert,
    BranchReconciliations,
    ApplyBranchMessage,
    BranchSyncViews,
    BranchSyncGauges,
    PartnerSyncJob,
    BranchReconciliationJob,
  ],
})
export class AppModule {}
