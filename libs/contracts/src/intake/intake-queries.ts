import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { JURISDICTION_KINDS, JurisdictionKind } from '@hotline/domain';
import { Actor } from '../events/event-envelope';
import { REQUEST_TYPES, RequestType } from '../work-orders/reference';

export const WORK_ORDER_NUMBER_PATTERN = /^XT\d{14}$/;

export class RequestIdQuery {
  @IsUUID()
  requestId: string;
}

/** A read of the caller of a work order (or of a request: the old path); the reason is audited (R14.3). */
export class ReadCallerMessage {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;

  @ValidateIf((message: ReadCallerMessage) => message.workOrderId === undefined)
  @IsUUID()
  requestId?: string;

  @IsOptional()
  @IsUUID()
  workOrderId?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}

/** A caller as its reader may see it (R14.3): `clear` (audited), `masked`, or only `{ anonymous }` (the work-order view for those who see no more). */
export interface CallerView {
  requestId?: string;
  anonymous: boolean;
  view?: 'clear' | 'masked';
  name?: string;
  phone?: string;
  idNumber?: string;
}

/** One request and its work order as Open311 and other channels read it back. */
export interface RequestStatusView {
  requestId: string;
  workOrderId: string;
  number: string;
  channel: string;
  type: string;
  field: string | null;
  category: string | null;
  content: string;
  status: string;
  open: boolean;
  location: { district?: string; street?: string; address?: string; lat?: number; lng?: number } | null;
  /** R14.3 the caller asked to stay anonymous: public channels show neither the words nor the place. */
  anonymous: boolean;
  /** R14.2 the reason code and basis told to the caller of a rejected request. */
  rejection?: { reasonCode: number; basis: string };
  /** R15.1 the article an online closing cites. */
  articleId?: string;
  receivedAt: string;
  updatedAt: string;
}

export class GetRequestQuery {
  @IsOptional()
  @IsUUID()
  requestId?: string;

  @IsOptional()
  @Matches(WORK_ORDER_NUMBER_PATTERN, { message: 'number must be a work-order number such as XT20261125000123' })
  number?: string;
}

export class ListRequestsQuery {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(WORK_ORDER_NUMBER_PATTERN, { each: true, message: 'numbers must be work-order numbers such as XT20261125000123' })
  numbers?: string[];

  @IsOptional()
  @IsArray()
  @IsIn(REQUEST_TYPES, { each: true })
  types?: RequestType[];

  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @IsOptional()
  @IsISO8601({ strict: true })
  receivedFrom?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  receivedTo?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  channel?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export interface JurisdictionView {
  code: string;
  name: string;
  kind: JurisdictionKind;
  parentCode: string | null;
  aliases: string[];
}

/** POST /api/v1/admin/jurisdictions: add or change one entry of the city's jurisdiction table. */
export class JurisdictionInput {
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/, { message: 'code must be lower-case letters, digits and dashes, such as yuhu-13' })
  code: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  name: string;

  @IsIn(JURISDICTION_KINDS)
  kind: JurisdictionKind;

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/, { message: 'parentCode must be the code of a district, county, city or zone' })
  parentCode?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  aliases?: string[];
}

export class SaveJurisdictionMessage {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;

  @ValidateNested()
  @Type(() => JurisdictionInput)
  jurisdiction: JurisdictionInput;
}

export class ListJurisdictionsQuery {
  @IsOptional()
  @IsIn(JURISDICTION_KINDS, { each: true })
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  kinds?: JurisdictionKind[];
}

export class ReEncryptCallersMessage {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  batchSize?: number;
}

export interface ReEncryptCallersResult {
  activeKeyId: string;
  reEncrypted: number;
  remaining: number;
}
