import { Injectable, Logger } from '@nestjs/common';
import { Actor, IntakeQueryRpc, SupervisionRpc, TransferInput, TransferSent, TransferView } from '@hotline/contracts';
import { NotFoundError, RegulationViolationError } from '@hotline/domain';
import { RpcClient } from '@hotline/messaging';
import { OutboxWriter, Transactions } from '@hotline/persistence';
import { envelopeToJson } from '@hotline/partner-contracts';
import { randomUUID } from 'node:crypto';
import { PartnerKeySeal } from '../partners/partner-key-seal';
import { PartnersRepository } from '../partners/partners.repository';
import { OutgoingEnvelopes } from './outgoing-envelopes';
import { PartnerOutbound } from './partner-outbound';
import { TransferOut } from './transfer-out.entity';
import { toTransferView, transferChangedPayload } from './transfer-view';
import { TransfersOutRepository } from './transfers-out.repository';

export class TransferWorkOrderCommand {
  constructor(
    readonly workOrderId: string,
    readonly transfer: TransferInput,
    readonly actor: Actor,
    readonly now: Date,
  ) {}
}

/**
 * POST /api/v1/work-orders/{id}/transfers (R10.1, R13.1 reason 5, R15.4): after the voice transfer the incident
 * follows at once — the matter, the place and, when the caller agreed, the callback number read through intake's
 * audited caller read now (never put on an event). The transfer is stored with its sequence number and sent; the
 * delivery job sends it again until the partner's business acknowledgement arrives.
 */
@Injectable()
export class TransferWorkOrderUseCase {
  private readonly logger = new Logger('Transfers');

  constructor(
    private readonly rpc: RpcClient,
    private readonly transactions: Transactions,
    private readonly partners: PartnersRepository,
    private readonly transfers: TransfersOutRepository,
    private readonly outbound: PartnerOutbound,
    private readonly seal: PartnerKeySeal,
    private readonly envelopes: OutgoingEnvelopes,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute({ workOrderId, transfer: input, actor, now }: TransferWorkOrderCommand): Promise<TransferView> {
    const partner = await this.partners.find(input.partner);
    if (!partner) throw new NotFoundError(`no partner ${input.partner}`);
    if (!partner.enabled) throw new RegulationViolationError('R10.1', `partner ${partner.code} is disabled`);
    const workOrder = await this.rpc.request(SupervisionRpc.workOrder, { workOrderId, viewer: actor });
    const matter = workOrder.request;
    if (!matter) throw new NotFoundError(`work order ${workOrderId} has no matter yet`);
    const callbackNumber = input.shareCallback ? await this.callbackNumber(workOrderId, actor, partner.code) : '';
    const id = randomUUID();
    const row = await this.transactions.run(async (manager) => {
      const envelope = await this.envelopes.next(
        manager,
        {
          partner: partner.code,
          sharedIncidentId: randomUUID(),
          body: {
            case: 'transfer',
            value: {
              category: workOrder.category ?? matter.category ?? '',
              matter: matter.content.slice(0, 2000),
              location: {
                district: matter.location.district ?? '',
                street: matter.location.street ?? '',
                address: matter.location.address ?? '',
                ...(matter.location.lat === undefined ? {} : { lat: matter.location.lat }),
                ...(matter.location.lng === undefined ? {} : { lng: matter.location.lng }),
              },
              emergency: partner.kind === 'emergency',
              senderReference: workOrder.number ?? workOrderId,
              callTaker: actor.id,
              requestType: matter.type,
            },
          },
        },
        now,
      );
      const transfer: TransferOut = {
        id,
        workOrderId,
        workOrderNumber: workOrder.number ?? null,
        partnerCode: partner.code,
        sharedIncidentId: envelope.sharedIncidentId,
        messageId: envelope.messageId,
        sequence: String(envelope.sequence),
        envelope: JSON.parse(envelopeToJson(envelope)) as Record<string, unknown>,
        callbackSealed: callbackNumber ? this.seal.seal(callbackNumber) : null,
        status: 'sent',
        attempts: 1,
        nextAttemptAt: new Date(now.getTime() + 1000),
        sentAt: now,
        acknowledgedAt: null,
        alertedAt: null,
        cause: null,
        detail: null,
        partnerReference: null,
        createdBy: actor.id,
        updatedAt: now,
      };
      await this.transfers.insert(manager, transfer);
      await this.outbox.add(manager, TransferSent, transferChangedPayload(transfer), {
        actor,
        workOrderId,
        occurredAt: now,
      });
      return transfer;
    });
    await this.outbound
      .send(row)
      .catch((error: unknown) =>
        this.logger.warn(`transfer ${id} to ${partner.code} not sent yet, retried: ${(error as Error).message}`),
      );
    return toTransferView(row);
  }

  /** Through intake's audited read (R14.3), as the operator, now: the number goes to the partner and nowhere else. */
  private async callbackNumber(workOrderId: string, actor: Actor, partner: string): Promise<string> {
    const caller = await this.rpc.request(IntakeQueryRpc.readCaller, {
      actor,
      workOrderId,
      reason: 'contact-caller',
      note: `callback number sent to partner ${partner} with the transfer (R10.1)`,
    });
    if (caller.anonymous || !caller.phone)
      throw new RegulationViolationError(
        'R14.3',
        'the caller is anonymous or left no number: transfer without shareCallback',
      );
    return caller.phone;
  }
}
