import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PARTNER_CODE_PATTERN } from '@hotline/domain';
import { defineEvent } from '../events/event-definition';
import { REQUEST_CHANNELS, REQUEST_TYPES, RequestChannel, RequestType } from './reference';
import { WorkOrderRequest } from './work-order-request';

/** Facts about a new work order that other services may know. Never caller identity. */
export class WorkOrderCreatedPayload {
  @IsUUID()
  workOrderId: string;

  @IsString()
  number: string;

  @IsUUID()
  requestId: string;

  @IsIn(REQUEST_CHANNELS)
  channel: RequestChannel;

  @IsIn(REQUEST_TYPES)
  type: RequestType;

  @IsString()
  status: string;

  @IsOptional()
  @IsString()
  field?: string;

  @IsOptional()
  @IsString()
  category?: string;

  @IsOptional()
  @IsString()
  district?: string;

  @IsISO8601({ strict: true })
  receivedAt: string;

  /** R15.2: when the call back is due, for a request answered that way. */
  @IsOptional()
  @IsISO8601({ strict: true })
  callbackDue?: string;

  /** The matter (content, channel, type, field, category, location): supervision serves it, dispatch routes by it. */
  // Optional only for events recorded before the matter travelled with them; intake always sends it.
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkOrderRequest)
  request?: WorkOrderRequest;

  /** The work order after intake's decision (workOrderToJson of @hotline/domain), for the services that take it on. */
  @IsObject()
  state: Record<string, unknown>;
}

export class WorkOrderRejectedPayload {
  @IsUUID()
  requestId: string;

  @IsUUID()
  workOrderId: string;

  @IsInt()
  @Min(1)
  @Max(9)
  reasonCode: number;

  @IsString()
  basis: string;

  /** R13.1(5), R10.1: the work order's number, for the partner (reason 5 only; older events lack it). */
  @IsOptional()
  @IsString()
  number?: string;

  /** R13.1(5), R10.1: the matter linkage sends on (reason 5 only). Never caller identity. */
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkOrderRequest)
  request?: WorkOrderRequest;

  /** R13.1(5): the partner line the operator named; absent, linkage routes by the category's agreed lists. */
  @IsOptional()
  @Matches(PARTNER_CODE_PATTERN)
  transferTo?: string;

  /** R13.1(5): the caller agreed to share the callback number (read, audited, only when it is sent). */
  @IsOptional()
  @IsBoolean()
  shareCallback?: boolean;
}

export class WorkOrderClosedOnlinePayload {
  @IsUUID()
  requestId: string;

  @IsUUID()
  workOrderId: string;

  @IsString()
  articleId: string;

  /** R15.1 the version of the article the caller was answered from */
  @IsOptional()
  @IsInt()
  @Min(1)
  articleVersion?: number;

  /**
   * The work order closed online (workOrderToJson), for the service that calls it back (R20.1), so that it follows
   * these events alone rather than every created one. Absent from events recorded before it was added.
   */
  @IsOptional()
  @IsObject()
  state?: Record<string, unknown>;
}

export const WorkOrderCreated = defineEvent('workorder', 'created', 1, WorkOrderCreatedPayload);
export const WorkOrderRejected = defineEvent('workorder', 'rejected', 1, WorkOrderRejectedPayload);
export const WorkOrderClosedOnline = defineEvent('workorder', 'closed-online', 1, WorkOrderClosedOnlinePayload);
