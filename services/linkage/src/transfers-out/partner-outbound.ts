import { Inject, Injectable } from '@nestjs/common';
import { MESSAGING_OPTIONS, MessagingOptions, NatsConnectionHolder } from '@hotline/messaging';
import { Envelope, envelopeFromJson, envelopeToBinary } from '@hotline/partner-contracts';
import { PartnerKeySeal } from '../partners/partner-key-seal';
import { partnerSubjects } from '../partners/partner-view';
import { TransferOut } from './transfer-out.entity';

/**
 * Puts a message on the partner's NATS subject `partner.<code>.out` (protobuf binary). The callback number is
 * unsealed only here, at the moment of sending, and travels only to the partner.
 */
@Injectable()
export class PartnerOutbound {
  constructor(
    private readonly nats: NatsConnectionHolder,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly seal: PartnerKeySeal,
  ) {}

  async send(transfer: TransferOut): Promise<void> {
    const envelope = envelopeFromJson(JSON.stringify(transfer.envelope));
    if (transfer.callbackSealed && envelope.body.case === 'transfer')
      envelope.body.value.callbackNumber = this.seal.open(transfer.callbackSealed);
    await this.sendEnvelope(transfer.partnerCode, envelope);
  }

  async sendEnvelope(partnerCode: string, envelope: Envelope): Promise<void> {
    const connection = await this.nats.connection();
    connection.publish(this.subjectOut(partnerCode), envelopeToBinary(envelope));
    await connection.flush();
  }

  subjectOut(partnerCode: string): string {
    return this.options.namespace.subject(partnerSubjects(partnerCode).out);
  }
}
