import { Injectable } from '@nestjs/common';
import { Envelope, EnvelopeInit, envelopeOf, Sender } from '@hotline/partner-contracts';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { LinkageConfig } from '../linkage.config';
import { TransfersOutRepository } from './transfers-out.repository';

/**
 * One of our messages to a partner: a new message id, the partner's next sequence number (taken in the caller's
 * transaction, so order is kept per partner), sent now and expiring after `HOTLINE_TRANSFER_EXPIRY_SECONDS`.
 */
@Injectable()
export class OutgoingEnvelopes {
  constructor(
    private readonly sequences: TransfersOutRepository,
    private readonly config: LinkageConfig,
  ) {}

  async next(
    manager: EntityManager,
    message: { partner: string; sharedIncidentId: string; body: EnvelopeInit['body'] },
    now: Date,
  ): Promise<Envelope> {
    const sequence = await this.sequences.nextSequence(manager, message.partner);
    return envelopeOf({
      messageId: randomUUID(),
      partner: message.partner,
      sender: Sender.HOTLINE,
      sequence: BigInt(sequence),
      sentAt: timestampFromDate(now),
      expiresAt: timestampFromDate(new Date(now.getTime() + this.config.HOTLINE_TRANSFER_EXPIRY_SECONDS * 1000)),
      sharedIncidentId: message.sharedIncidentId,
      body: message.body,
    });
  }
}
