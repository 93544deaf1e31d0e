import { Injectable, Logger } from '@nestjs/common';
import { Actor, IntakeQueryRpc, TransferSent, TransferUnacknowledged } from '@hotline/contracts';
import { RegulationViolationError, StateConflictError } from '@hotline/domain';
import { RpcClient } from '@hotline/messaging';
import { OutboxWriter, Transactions } from '@hotline/persistence';
import { envelopeToJson } from '@hotline/partner-contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { PartnerKeySeal } from '../partners/partner-key-seal';
import { Partner } from '../partners/partner.entity';
import { OutgoingEnvelopes } from './outgoing-envelopes';
import { PartnerOutbound } from './partner-outbound';
import { TransferOut } from './transfer-out.entity';
import { transferChangedPayload } from './transfer-view';
import { TransfersOutRepository } from './transfers-out.repository';

/** What a transfer carries: the matter and the place, never caller identity (the number is read when sending). */
export interface TransferMatter {
  content: string;
  type: string;
  category?: string;
  location: { district?: string; street?: string; address?: string; lat?: number; lng?: number };
}

export interface TransferOrder {
  workOrderId: string;
  number?: string;
  matter: TransferMatter;
  partner: Partner;
  shareCallback: boolean;
}

/**
 * R10.1, R13.1(5): one transfer out of a work order to a partner line, however it was asked for (the operator's POST
 * or an emergency rejection): the callback number, when the caller agreed, read through intake's audited caller read
 * now (never put on an event); the transfer stored with the partner's next sequence number and its event, then sent.
 * A second transfer of the order to the same partner is refused (409) and takes no sequence number.
 */
@Injectable()
export class SendTransfer {
  private readonly logger = new Logger('Transfers');

  constructor(
    private readonly rpc: RpcClient,
    private readonly transactions: Transactions,
    private readonly transfers: TransfersOutRepository,
    private readonly outbound: PartnerOutbound,
    private readonly seal: PartnerKeySeal,
    private readonly envelopes: OutgoingEnvelopes,
    private readonly outbox: OutboxWriter,
  ) {}

  async send(order: TransferOrder, actor: Actor, now: Date): Promise<TransferOut> {
    const { workOrderId, partner, matter } = order;
    const callbackNumber = order.shareCallback ? await this.callbackNumber(workOrderId, actor, partner.code) : '';
    const row = await this.transactions.run(async (manager) => {
      const envelope = await this.envelopes.next(
        manager,
        {
          partner: partner.code,
          sharedIncidentId: randomUUID(),
          body: {
            case: 'transfer',
            value: {
              category: matter.category ?? '',
              matter: matter.content.slice(0, 2000),
              location: {
                district: matter.location.district ?? '',
                street: matter.location.street ?? '',
                address: matter.location.address ?? '',
                ...(matter.location.lat === undefined ? {} : { lat: matter.location.lat }),
                ...(matter.location.lng === undefined ? {} : { lng: matter.location.lng }),
              },
              emergency: partner.kind === 'emergency',
              senderReference: order.number ?? workOrderId,
              callTaker: actor.id,
              requestType: matter.type,
            },
          },
        },
        now,
      );
      const transfer = this.row(order, actor, now, {
        sharedIncidentId: envelope.sharedIncidentId,
        messageId: envelope.messageId,
        sequence: String(envelope.sequence),
        envelope: JSON.parse(envelopeToJson(envelope)) as Record<string, unknown>,
        callbackSealed: callbackNumber ? this.seal.seal(callbackNumber) : null,
        status: 'sent',
        attempts: 1,
        nextAttemptAt: new Date(now.getTime() + 1000),
      });
      // thrown inside the transaction, so that the partner's sequence number taken above is given back
      if (!(await this.transfers.insertOnce(manager, transfer)))
        throw new StateConflictError(`work order ${workOrderId} was transferred to ${partner.code} already`);
      await this.settleUnrouted(manager, workOrderId, partner.code, now);
      await this.outbox.add(manager, TransferSent, transferChangedPayload(transfer), {
        actor,
        workOrderId,
        occurredAt: now,
      });
      return transfer;
    });
    try {
      if ((await this.outbound.send(row)) === 'delivered') await this.transfers.markReceived(row.id, now);
    } catch (error) {
      this.logger.warn(`transfer ${row.id} to ${partner.code} not sent yet, retried: ${(error as Error).message}`);
    }
    return row;
  }

  /**
   * R13.1(5): an emergency rejection no line takes is not dropped: an `unrouted` transfer (nothing sent, no partner)
   * waits in the unacknowledged list and the operators are alerted as for a silent partner, to transfer by hand.
   */
  async unrouted(
    order: Omit<TransferOrder, 'partner' | 'shareCallback'>,
    why: string,
    actor: Actor,
    now: Date,
  ): Promise<void> {
    await this.transactions.run(async (manager) => {
      const transfer = this.row({ ...order, partner: { code: '' } as Partner, shareCallback: false }, actor, now, {
        sharedIncidentId: randomUUID(),
        messageId: randomUUID(),
        sequence: '0',
        envelope: {},
        callbackSealed: null,
        status: 'unrouted',
        attempts: 0,
        nextAttemptAt: null,
        alertedAt: now,
        cause: 'NO_PARTNER_LINE',
        detail: why.slice(0, 2000),
      });
      if (!(await this.transfers.insertOnce(manager, transfer))) return;
      await this.outbox.add(manager, TransferUnacknowledged, transferChangedPayload(transfer), {
        actor,
        workOrderId: order.workOrderId,
        occurredAt: now,
      });
    });
  }

  /** The operator transferred an unrouted rejection by hand: it leaves the unacknowledged list. */
  private async settleUnrouted(manager: EntityManager, workOrderId: string, partner: string, now: Date): Promise<void> {
    const unrouted = await this.transfers.unroutedOf(manager, workOrderId);
    if (!unrouted) return;
    unrouted.acknowledgedAt = now;
    unrouted.detail = `${unrouted.detail ?? ''}; transferred by hand to ${partner}`.slice(0, 2000);
    unrouted.updatedAt = now;
    await this.transfers.save(manager, unrouted);
  }

  private row(
    order: TransferOrder,
    actor: Actor,
    now: Date,
    fields: Pick<
      TransferOut,
      | 'sharedIncidentId'
      | 'messageId'
      | 'sequence'
      | 'envelope'
      | 'callbackSealed'
      | 'status'
      | 'attempts'
      | 'nextAttemptAt'
    > &
      Partial<Pick<TransferOut, 'alertedAt' | 'cause' | 'detail'>>,
  ): TransferOut {
    return {
      id: randomUUID(),
      workOrderId: order.workOrderId,
      workOrderNumber: order.number ?? null,
      partnerCode: order.partner.code,
      sentAt: now,
      acknowledgedAt: null,
      alertedAt: null,
      cause: null,
      detail: null,
      partnerReference: null,
      createdBy: actor.id,
      updatedAt: now,
      ...fields,
    };
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
