import { IsOptional, IsString, MaxLength } from 'class-validator';
import { defineRpc } from '../rpc/rpc-definition';

/** The largest body a partner posts: a reconciliation page of 500 orders fits, and so does one NATS message. */
export const PARTNER_MESSAGE_MAX_CHARS = 512 * 1024;

/**
 * POST /partners/v1/{partner}/events as the gateway forwards it: the body exactly as received (the signature covers
 * its bytes) and the signature headers. linkage checks partner, time, signature, then reads the envelope.
 */
export class SignedPartnerMessage {
  /** the path's partner code; checked against the registry, so any text up to 64 characters is passed on */
  @IsString()
  @MaxLength(64)
  partner: string;

  @IsOptional()
  @IsString()
  @MaxLength(32)
  timestamp?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  keyId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(256)
  signature?: string;

  @IsString()
  @MaxLength(PARTNER_MESSAGE_MAX_CHARS)
  body: string;
}

/** The technical receipt (R10.1): the message was stored, or had been already (`duplicate`). */
export interface PartnerReceiptView {
  receivedMessageId: string;
  duplicate: boolean;
  receivedAt: string;
}

export const PartnerMessageRpc = {
  receive: defineRpc<SignedPartnerMessage, PartnerReceiptView>('linkage', 'partner-messages.receive'),
};
