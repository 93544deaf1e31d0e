import { ActorMessage } from '../events/actor-message';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { PARTNER_CODE_PATTERN } from '@hotline/domain';
import { defineEvent } from '../events/event-definition';
import { defineRpc } from '../rpc/rpc-definition';

/**
 * Where a transfer out stands: sent and waiting, answered, then progressing or finished (R10.1). `unrouted`: an
 * emergency rejection no enabled line's agreed list takes (or whose named line is gone), nothing sent: the operator is
 * alerted and transfers it by hand.
 */
export const TRANSFER_STATUSES = [
  'unrouted',
  'sent',
  'received',
  'accepted',
  'rejected',
  'in-progress',
  'completed',
  'cancelled',
] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
/** The list filter: `unacknowledged` is every transfer still without the partner's business acknowledgement. */
export const TRANSFER_FILTERS = ['unacknowledged', ...TRANSFER_STATUSES] as const;
export type TransferFilter = (typeof TRANSFER_FILTERS)[number];

/** POST /api/v1/work-orders/{id}/transfers: after the voice transfer (转接), the incident follows to the partner. */
export class TransferInput {
  @Matches(PARTNER_CODE_PATTERN, { message: 'partner must be a partner code such as 110' })
  partner: string;

  /** the caller agreed that the partner may call back: the number is read (audited) and sent, nothing else */
  @IsOptional()
  @IsBoolean()
  shareCallback?: boolean;
}

export class TransferWorkOrderMessage extends ActorMessage {
  @IsUUID()
  workOrderId: string;

  @ValidateNested()
  @Type(() => TransferInput)
  transfer: TransferInput;
}

export class ListTransfersQuery {
  @IsOptional()
  @IsIn(TRANSFER_FILTERS)
  status?: TransferFilter;

  @IsOptional()
  @IsUUID()
  workOrderId?: string;
}

export interface TransferView {
  id: string;
  workOrderId: string;
  workOrderNumber?: string;
  partner: string;
  sharedIncidentId: string;
  messageId: string;
  status: TransferStatus;
  attempts: number;
  sentAt: string;
  acknowledgedAt?: string;
  /** the operator was alerted: the partner stayed silent past its acknowledgement timeout */
  alertedAt?: string;
  /** why the partner rejected it (REJECTION_CAUSE_…) and its words */
  cause?: string;
  detail?: string;
  /** the partner's reference once it accepted */
  partnerReference?: string;
  updatedAt: string;
}

export const TransferRpc = {
  transfer: defineRpc<TransferWorkOrderMessage, TransferView>('linkage', 'transfers.create'),
  list: defineRpc<ListTransfersQuery, { items: TransferView[] }>('linkage', 'transfers.list'),
};

/** What linkage tells the operators about a transfer out; never the callback number (R10.1). */
export class TransferChangedPayload {
  @IsUUID()
  transferId: string;

  @IsUUID()
  workOrderId: string;

  @IsString()
  partner: string;

  @IsIn(TRANSFER_STATUSES)
  status: TransferStatus;

  /** 0 for an unrouted one: nothing was sent */
  @IsInt()
  @Min(0)
  attempts: number;

  @IsISO8601()
  sentAt: string;

  @IsOptional()
  @IsString()
  cause?: string;

  @IsOptional()
  @IsString()
  detail?: string;
}

/** The incident was sent to the partner line (R10.1): on the request's timeline. */
export const TransferSent = defineEvent('linkage', 'transfer-sent', 1, TransferChangedPayload);
/** The partner stayed silent past its acknowledgement timeout: the operator is alerted, the transfer stays queued. */
export const TransferUnacknowledged = defineEvent('linkage', 'transfer-unacknowledged', 1, TransferChangedPayload);
/** The partner answered or reported progress: accepted, rejected with a cause (back to the operator), completed … */
export const TransferAnswered = defineEvent('linkage', 'transfer-answered', 1, TransferChangedPayload);
