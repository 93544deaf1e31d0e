import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, LifecycleStep, WorkOrderStepPayload } from '@hotline/contracts';
import { mayBeHandedOverByPartner } from '@hotline/domain';
import { JetStreamContext } from '@hotline/messaging';
import { Inbox, stepSubjects } from '@hotline/persistence';
import { Clock } from '@hotline/platform';
import { IncidentStatus } from '@hotline/partner-contracts';
import { OutgoingEnvelopes } from '../transfers-out/outgoing-envelopes';
import { PartnerOutbound } from '../transfers-out/partner-outbound';
import { TransfersInRepository } from './transfers-in.repository';

/** The steps a partner hears of, for a matter it handed over (R10.1): dispatched, being handled, replied, called back. */
const PARTNER_STATUS_OF = {
  dispatch: IncidentStatus.DISPATCHED,
  'assign-by-coordination': IncidentStatus.DISPATCHED,
  sign: IncidentStatus.IN_PROGRESS,
  'submit-reply': IncidentStatus.REPLIED,
  'record-callback': IncidentStatus.CALLED_BACK,
} satisfies Partial<Record<LifecycleStep, IncidentStatus>>;
type ReportedStep = keyof typeof PARTNER_STATUS_OF;

/** Only these steps are consumed: every other step of every work order would be delivered here to be passed over. */
const REPORTED_STEPS = Object.keys(PARTNER_STATUS_OF) as ReportedStep[];

function isReported(step: string): step is ReportedStep {
  return Object.hasOwn(PARTNER_STATUS_OF, step);
}

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

  @EventPattern(stepSubjects(...REPORTED_STEPS))
  async onStep(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    const { step, state } = event.payload;
    if (!isReported(step) || !mayBeHandedOverByPartner(state)) return;
    const status = PARTNER_STATUS_OF[step];
    // The transfer knows its work order before the order's first step: a partner's order that was not handed over
    // (a partner's own request) costs a read, and no inbox row.
    if (!(await this.transfersIn.handedOver(event.payload.workOrderId))) return;
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, async (manager) => {
      const transfer = await this.transfersIn.ofWorkOrder(manager, event.payload.workOrderId);
      if (!transfer) return;
      const envelope = await this.envelopes.next(
        manager,
        {
          partner: transfer.partnerCode,
          sharedIncidentId: transfer.sharedIncidentId,
          body: {
            case: 'statusUpdate',
            value: {
              status,
              note: `${event.payload.step} → ${event.payload.to}`,
              receiverReference: transfer.workOrderNumber ?? '',
            },
          },
        },
        this.clock.now(),
      );
      await this.outbound.sendEnvelope(transfer.partnerCode, envelope);
    });
  }
}
