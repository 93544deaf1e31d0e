import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WORK_ORDER_STEP_EVENT_LIST, WorkOrderStepPayload } from '@hotline/contracts';
import { WorkOrderEvent } from '@hotline/domain';
import { JetStreamContext } from '@hotline/messaging';
import { Inbox } from '@hotline/persistence';
import { Clock } from '@hotline/platform';
import { envelopeOf, IncidentStatus, Sender } from '@hotline/partner-contracts';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { randomUUID } from 'node:crypto';
import { LinkageConfig } from '../linkage.config';
import { PartnerOutbound } from '../transfers-out/partner-outbound';
import { TransfersOutRepository } from '../transfers-out/transfers-out.repository';
import { TransfersInRepository } from './transfers-in.repository';

/** The steps a partner hears of, for a matter it handed over (R10.1): dispatched, being handled, replied, called back. */
const PARTNER_STATUS_OF: Partial<Record<WorkOrderEvent, IncidentStatus>> = {
  dispatch: IncidentStatus.DISPATCHED,
  'assign-by-coordination': IncidentStatus.DISPATCHED,
  sign: IncidentStatus.IN_PROGRESS,
  'submit-reply': IncidentStatus.REPLIED,
  'record-callback': IncidentStatus.CALLED_BACK,
};

/** R10.1 transfer in: the partner gets a status update on each of these steps of the work order it handed over. */
@Controller()
export class TransferInProgressHandler {
  constructor(
    private readonly inbox: Inbox,
    private readonly transfersIn: TransfersInRepository,
    private readonly sequences: TransfersOutRepository,
    private readonly outbound: PartnerOutbound,
    private readonly config: LinkageConfig,
    private readonly clock: Clock,
  ) {}

  @EventPattern(WORK_ORDER_STEP_EVENT_LIST.map((definition) => definition.subject))
  async onStep(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    const status = PARTNER_STATUS_OF[event.payload.step];
    if (status === undefined) return;
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, async (manager) => {
      const transfer = await this.transfersIn.ofWorkOrder(manager, event.payload.workOrderId);
      if (!transfer) return;
      const now = this.clock.now();
      const sequence = await this.sequences.nextSequence(manager, transfer.partnerCode);
      await this.outbound.sendEnvelope(
        transfer.partnerCode,
        envelopeOf({
          messageId: randomUUID(),
          partner: transfer.partnerCode,
          sender: Sender.HOTLINE,
          sequence: BigInt(sequence),
          sentAt: timestampFromDate(now),
          expiresAt: timestampFromDate(new Date(now.getTime() + this.config.HOTLINE_TRANSFER_EXPIRY_SECONDS * 1000)),
          sharedIncidentId: transfer.sharedIncidentId,
          body: {
            case: 'statusUpdate',
            value: {
              status,
              note: `${event.payload.step} → ${event.payload.to}`,
              receiverReference: transfer.workOrderNumber ?? '',
            },
          },
        }),
      );
    });
  }
}
