import { Injectable } from '@nestjs/common';
import { IntakeRpc } from '@hotline/contracts';
import { REQUEST_TYPES, RequestType, transferInRefusal } from '@hotline/domain';
import { ProblemError, RpcClient } from '@hotline/messaging';
import { Transactions } from '@hotline/persistence';
import { Clock, IntervalJob } from '@hotline/platform';
import { AcknowledgementOutcome, RejectionCause } from '@hotline/partner-contracts';
import { LinkageConfig } from '../linkage.config';
import { PartnerKeySeal } from '../partners/partner-key-seal';
import { PartnersRepository } from '../partners/partners.repository';
import { PartnerOutbound } from '../transfers-out/partner-outbound';
import { OutgoingEnvelopes } from '../transfers-out/outgoing-envelopes';
import { TransferIn } from './transfer-in.entity';
import { TransfersInRepository } from './transfers-in.repository';

const BATCH = 50;

interface TransferJson {
  category?: string;
  matter?: string;
  requestType?: string;
  location?: { district?: string; street?: string; address?: string };
}

/**
 * R10.1 transfer in: each partner matter not yet recorded becomes an intake request on channel `partner` (the
 * partner's callback number as the caller's phone, encrypted by intake), and the partner gets our acknowledgement
 * with the work-order number — or a rejection with the reason: its category is not in what we agreed to take from
 * the partner (`givesToUs`, never recorded), or intake refuses the matter.
 */
@Injectable()
export class TransferInJob extends IntervalJob {
  constructor(
    clock: Clock,
    config: LinkageConfig,
    private readonly transactions: Transactions,
    private readonly transfersIn: TransfersInRepository,
    private readonly envelopes: OutgoingEnvelopes,
    private readonly rpc: RpcClient,
    private readonly seal: PartnerKeySeal,
    private readonly outbound: PartnerOutbound,
    private readonly partners: PartnersRepository,
  ) {
    super(clock, config.HOTLINE_TRANSFER_DELIVERY_MS);
  }

  async run(now: Date): Promise<string | undefined> {
    const partners = await this.partners.byCode();
    const recorded = await this.transactions.run(async (manager) => {
      const pending = await this.transfersIn.pending(manager, BATCH);
      for (const transfer of pending) {
        const outsideList = transferInRefusal(
          transfer.partnerCode,
          (transfer.transfer as TransferJson).category,
          partners.get(transfer.partnerCode)?.givesToUs ?? [],
        );
        const answer = outsideList
          ? { refused: outsideList, cause: RejectionCause.NOT_OURS }
          : await this.record(transfer);
        transfer.attempts += 1;
        if (answer === undefined) {
          await this.transfersIn.save(manager, transfer);
          continue;
        }
        transfer.status = 'recorded';
        transfer.recordedAt = now;
        if ('number' in answer) {
          transfer.workOrderId = answer.id;
          transfer.workOrderNumber = answer.number;
        }
        await this.transfersIn.save(manager, transfer);
        const envelope = await this.envelopes.next(
          manager,
          {
            partner: transfer.partnerCode,
            sharedIncidentId: transfer.sharedIncidentId,
            body: {
              case: 'acknowledgement',
              value:
                'number' in answer
                  ? {
                      acknowledgedMessageId: transfer.messageId,
                      outcome: AcknowledgementOutcome.ACCEPTED,
                      receiverReference: answer.number,
                      decidedBy: '12345',
                    }
                  : {
                      acknowledgedMessageId: transfer.messageId,
                      outcome: AcknowledgementOutcome.REJECTED,
                      cause: answer.cause ?? RejectionCause.INCOMPLETE,
                      detail: answer.refused.slice(0, 2000),
                      decidedBy: '12345',
                    },
            },
          },
          now,
        );
        await this.outbound.sendEnvelope(transfer.partnerCode, envelope);
      }
      return pending.length;
    });
    return recorded > 0 ? `took ${recorded} partner matter(s) to intake` : undefined;
  }

  /** The work order, intake's refusal, or undefined when intake could not be asked (tried again next run). */
  private async record(
    transfer: TransferIn,
  ): Promise<{ id: string; number: string } | { refused: string; cause?: RejectionCause } | undefined> {
    const matter = transfer.transfer as TransferJson;
    const phone = transfer.callbackSealed ? this.seal.open(transfer.callbackSealed) : undefined;
    const location = Object.fromEntries(
      Object.entries(matter.location ?? {}).filter(([key, value]) => key !== 'lat' && key !== 'lng' && value),
    );
    try {
      const result = await this.rpc.request(IntakeRpc.recordRequest, {
        actor: { kind: 'partner', id: transfer.partnerCode, role: 'partner' },
        assist: 'later',
        request: {
          channel: 'partner',
          caller: phone ? { phone } : { anonymous: true },
          content: matter.matter ?? '',
          type: REQUEST_TYPES.includes(matter.requestType as RequestType)
            ? (matter.requestType as RequestType)
            : 'help',
          ...(matter.category ? { category: matter.category } : {}),
          ...(Object.keys(location).length > 0 ? { location } : {}),
        },
      });
      return result.workOrder
        ? { id: result.workOrder.id, number: result.workOrder.number }
        : { refused: result.outcome };
    } catch (error) {
      if (error instanceof ProblemError && error.problem.statusCode < 500) return { refused: error.problem.message };
      return undefined;
    }
  }
}
