import { Inject, Injectable } from '@nestjs/common';
import { MESSAGING_OPTIONS, MessagingOptions, NatsConnectionHolder } from '@hotline/messaging';
import {
  Envelope,
  envelopeFromJson,
  envelopeToBinary,
  envelopeToJson,
  signedPartnerHeaders,
} from '@hotline/partner-contracts';
import { PartnerKeySeal } from '../partners/partner-key-seal';
import { partnerSubjects } from '../partners/partner-view';
import { PartnersRepository } from '../partners/partners.repository';
import { TransferOut } from './transfer-out.entity';

/** How long one HTTPS delivery to a partner may take before it counts as failed (and is tried again). */
const DELIVERY_TIMEOUT_MS = 5_000;

/**
 * `delivered`: a partner on HTTPS answered 2xx (its technical receipt); `published`: put on its NATS subject, where
 * nothing tells whether it was read.
 */
export type Delivery = 'delivered' | 'published';

/**
 * Sends a message to a partner: to its `deliveryUrl` (channel https), the envelope's JSON signed with the partner's
 * newest key like the partner's own requests; otherwise to its NATS subject `partner.<code>.out` (protobuf binary).
 * A partner that does not answer 2xx throws: the caller tries again later. The callback number is unsealed only here,
 * at the moment of sending, and travels only to the partner.
 */
@Injectable()
export class PartnerOutbound {
  constructor(
    private readonly nats: NatsConnectionHolder,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly seal: PartnerKeySeal,
    private readonly partners: PartnersRepository,
  ) {}

  async send(transfer: TransferOut): Promise<Delivery> {
    const envelope = envelopeFromJson(JSON.stringify(transfer.envelope));
    if (transfer.callbackSealed && envelope.body.case === 'transfer')
      envelope.body.value.callbackNumber = this.seal.open(transfer.callbackSealed);
    return this.sendEnvelope(transfer.partnerCode, envelope);
  }

  async sendEnvelope(partnerCode: string, envelope: Envelope): Promise<Delivery> {
    const partner = await this.partners.find(partnerCode);
    if (partner?.channel === 'https' && partner.deliveryUrl) {
      await this.post(partner.code, partner.deliveryUrl, envelope);
      return 'delivered';
    }
    const connection = await this.nats.connection();
    connection.publish(this.subjectOut(partnerCode), envelopeToBinary(envelope));
    await connection.flush();
    return 'published';
  }

  subjectOut(partnerCode: string): string {
    return this.options.namespace.subject(partnerSubjects(partnerCode).out);
  }

  private async post(partnerCode: string, url: string, envelope: Envelope): Promise<void> {
    const [key] = await this.partners.validKeys(partnerCode);
    if (!key) throw new Error(`partner ${partnerCode} has no key to sign with`);
    const body = envelopeToJson(envelope);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signedPartnerHeaders(key.id, this.seal.open(key.secretSealed), body),
      },
      body,
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`partner ${partnerCode} answered ${response.status}`);
  }
}
