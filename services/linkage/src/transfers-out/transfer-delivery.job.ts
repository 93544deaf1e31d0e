import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR, TransferUnacknowledged } from '@hotline/contracts';
import { partnerSilentTooLong, transferRetryDelayMs } from '@hotline/domain';
import { OutboxWriter, Transactions } from '@hotline/persistence';
import { Clock, IntervalJob } from '@hotline/platform';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { toJson } from '@bufbuild/protobuf';
import { TimestampSchema } from '@bufbuild/protobuf/wkt';
import { LinkageConfig } from '../linkage.config';
import { PartnersRepository } from '../partners/partners.repository';
import { PartnerOutbound } from './partner-outbound';
import { TransferOut } from './transfer-out.entity';
import { transferChangedPayload } from './transfer-view';
import { TransfersOutRepository } from './transfers-out.repository';

const BATCH = 100;

/**
 * R10.1: sends every unacknowledged transfer again with back-off (same message id, fresh expiry), and alerts the
 * operators once when a partner stays silent past its acknowledgement timeout. The transfer stays queued; nothing is
 * dropped. A partner on HTTPS that answered 2xx has it: it is not sent again, only watched for the acknowledgement.
 */
@Injectable()
export class TransferDeliveryJob extends IntervalJob {
  constructor(
    clock: Clock,
    private readonly config: LinkageConfig,
    private readonly transactions: Transactions,
    private readonly transfers: TransfersOutRepository,
    private readonly partners: PartnersRepository,
    private readonly outbound: PartnerOutbound,
    private readonly outbox: OutboxWriter,
  ) {
    super(clock, config.HOTLINE_TRANSFER_DELIVERY_MS);
  }

  async run(now: Date): Promise<string | undefined> {
    const partners = await this.partners.byCode();
    const again = await this.transactions.run(async (manager) => {
      const due = await this.transfers.due(manager, now, BATCH);
      const toSend: TransferOut[] = [];
      for (const transfer of due) {
        const partner = partners.get(transfer.partnerCode);
        if (transfer.status === 'received' && partner?.channel === 'https' && partner.deliveryUrl)
          this.awaitAcknowledgement(transfer, now);
        else toSend.push(this.nextTry(transfer, now));
        if (!transfer.alertedAt && partnerSilentTooLong(transfer.sentAt, now, partner?.ackTimeoutSeconds ?? 30)) {
          transfer.alertedAt = now;
          await this.outbox.add(manager, TransferUnacknowledged, transferChangedPayload(transfer), {
            actor: SYSTEM_ACTOR,
            workOrderId: transfer.workOrderId,
            occurredAt: now,
          });
        }
        await this.transfers.save(manager, transfer);
      }
      return toSend;
    });
    // Sent once the tries are committed, so that no row stays locked while a partner's endpoint is slow to answer;
    // in partner and sequence order, as they were taken.
    for (const transfer of again) {
      const delivery = await this.outbound.send(transfer).catch(() => undefined);
      if (delivery === 'delivered') await this.transfers.markReceived(transfer.id, now);
    }
    return again.length > 0 ? `sent ${again.length} unacknowledged transfer(s) again` : undefined;
  }

  /** The next try: counted, the next one scheduled further off, a fresh expiry; the same message id. */
  private nextTry(transfer: TransferOut, now: Date): TransferOut {
    transfer.attempts += 1;
    transfer.nextAttemptAt = new Date(
      now.getTime() + transferRetryDelayMs(transfer.attempts, this.config.HOTLINE_TRANSFER_RETRY_MAX_MS),
    );
    transfer.envelope = {
      ...transfer.envelope,
      sentAt: toJson(TimestampSchema, timestampFromDate(now)),
      expiresAt: toJson(
        TimestampSchema,
        timestampFromDate(new Date(now.getTime() + this.config.HOTLINE_TRANSFER_EXPIRY_SECONDS * 1000)),
      ),
    };
    transfer.updatedAt = now;
    return transfer;
  }

  /**
   * Over HTTPS the partner's 2xx was its technical receipt: the message is not sent again (it would be a duplicate),
   * but the transfer stays due, so that the operator is still alerted if the business acknowledgement does not come.
   */
  private awaitAcknowledgement(transfer: TransferOut, now: Date): void {
    transfer.nextAttemptAt = new Date(now.getTime() + this.config.HOTLINE_TRANSFER_RETRY_MAX_MS);
  }
}
