import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WorkOrderStepPayload } from '@hotline/contracts';
import {
  isNewerThanReported,
  mayBeHandedOverByPartner,
  PARTNER_REPORTED_STEPS,
  PartnerProgress,
  partnerProgressOf,
} from '@hotline/domain';
import { JetStreamContext } from '@hotline/messaging';
import { Inbox, stepSubjects } from '@hotline/persistence';
import { Clock } from '@hotline/platform';
import { IncidentStatus } from '@hotline/partner-contracts';
import { OutgoingEnvelopes } from '../transfers-out/outgoing-envelopes';
import { PartnerOutbound } from '../transfers-out/partner-outbound';
import { TransfersInRepository } from './transfers-in.repository';

/** How the partner's protocol spells each progress the regulation reports back (R10.1, decided in the domain). */
const INCIDENT_STATUS_OF: Record<PartnerProgress, IncidentStatus> = {
  dispatched: IncidentStatus.DISPATCHED,
  'in-progress': IncidentStatus.IN_PROGRESS,
  replied: IncidentStatus.REPLIED,
  'called-back': IncidentStatus.CALLED_BACK,
};

/** R10.1 transfer in: the partner gets a status update on each of these steps of the work order it handed over. */
@Controller()
export class TransferInProgressHandler {
  constructor(
    private readonly inbox: Inbox,
    private readonly transfersIn: TransfersInRepository,
    private readonly envelopes: OutgoingEnvelopes,
    private readonly outbound: PartnerOutbound,
    private readonly clock: Clock,
  ) {}

  @EventPattern(stepSubjects(...PARTNER_REPORTED_STEPS))
  async onStep(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    const { step, state } = event.payload;
    const progress = partnerProgressOf(step);
    if (!progress || !mayBeHandedOverByPartner(state)) return;
    // The transfer knows its work order before the order's first step: a partner's order that was not handed over
    // (a partner's own request) costs a read, and no inbox row.
    if (!(await this.transfersIn.handedOver(event.payload.workOrderId))) return;
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, async (manager) => {
      const transfer = await this.transfersIn.ofWorkOrderForReport(manager, event.payload.workOrderId);
      if (!transfer) return;
      const reported = { version: event.payload.version, at: new Date(event.payload.at) };
      if (!isNewerThanReported(reported, { version: transfer.reportedVersion, at: transfer.reportedStepAt })) return;
      const envelope = await this.envelopes.next(
        manager,
        {
          partner: transfer.partnerCode,
          sharedIncidentId: transfer.sharedIncidentId,
          body: {
            case: 'statusUpdate',
            value: {
              status: INCIDENT_STATUS_OF[progress],
              note: `${event.payload.step} → ${event.payload.to}`,
              receiverReference: transfer.workOrderNumber ?? '',
            },
          },
        },
        this.clock.now(),
      );
      await this.transfersIn.markReported(manager, transfer, reported);
      await this.outbound.sendEnvelope(transfer.partnerCode, envelope);
    });
  }
}
