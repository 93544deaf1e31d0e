import { ActorMessage } from '../events/actor-message';
import { Type } from 'class-transformer';
import {
  CALLER_MISUSE_DURATION_MAX_SECONDS,
  CALLER_MISUSE_KINDS,
  CALLER_MISUSE_NOTE_MAX_LENGTH,
  CallerMisuseKind,
  REPORTED_MISUSE_KINDS,
  ReportedMisuseKind,
} from '@hotline/domain';
import {
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
  ValidateNested,
} from 'class-validator';
import { PageFilters } from '../paging/page-filters';
import { defineRpc } from '../rpc/rpc-definition';

// R27.1 (Art. 27) caller misuse, kept by intake under the keyed hash of the caller's phone: never the phone itself.

/** POST /api/v1/requests/{id}/misuse: what the operator saw on the call. */
export class CallerMisuseBody {
  @IsIn(REPORTED_MISUSE_KINDS, { message: `kind must be one of: ${REPORTED_MISUSE_KINDS.join(', ')}` })
  kind: ReportedMisuseKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(CALLER_MISUSE_NOTE_MAX_LENGTH)
  note: string;

  /** How long the call held the line, in seconds: required for long-occupation, refused for the others. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(CALLER_MISUSE_DURATION_MAX_SECONDS)
  durationSeconds?: number;
}

export class RecordCallerMisuseMessage extends ActorMessage {
  @IsUUID()
  requestId: string;

  @ValidateNested()
  @Type(() => CallerMisuseBody)
  body: CallerMisuseBody;
}

/** One flag as recorded: by whom and when (the record is the audit of the flag). */
export interface CallerMisuseFlagView {
  id: string;
  requestId: string;
  callerHash: string;
  kind: CallerMisuseKind;
  note?: string;
  durationSeconds?: number;
  /** The operator's id; absent for repeated calls, which the platform detects itself. */
  recordedBy?: string;
  flaggedAt: string;
}

export const CALLER_HASH_PATTERN = /^[0-9a-f]{64}$/;

/** GET /api/v1/callers/misuse filters: the callers whose newest flag is newest first, cursor paging. */
export class CallerMisuseFilters extends PageFilters {
  /** The keyed hash of one caller's phone, as a list or an assist showed it. */
  @IsOptional()
  @Matches(CALLER_HASH_PATTERN, { message: 'callerHash must be 64 lowercase hex digits' })
  callerHash?: string;

  @IsOptional()
  @IsIn(CALLER_MISUSE_KINDS, { message: `kind must be one of: ${CALLER_MISUSE_KINDS.join(', ')}` })
  kind?: CallerMisuseKind;

  /** Only flags from this time on. */
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;
}

export class ListCallerMisuseQuery {
  @ValidateNested()
  @Type(() => CallerMisuseFilters)
  filters: CallerMisuseFilters;
}

/** The newest request ids a list item shows; `count` tells how many there are. */
export const CALLER_MISUSE_REQUEST_IDS_MAX = 50;

/** One caller's flags of one kind. */
export interface CallerMisuseSummary {
  callerHash: string;
  kind: CallerMisuseKind;
  count: number;
  firstAt: string;
  lastAt: string;
  /** Newest first, at most CALLER_MISUSE_REQUEST_IDS_MAX. */
  requestIds: string[];
}

export interface CallerMisusePage {
  items: CallerMisuseSummary[];
  nextCursor?: string;
}

export const CallerMisuseRpc = {
  record: defineRpc<RecordCallerMisuseMessage, CallerMisuseFlagView>('intake', 'caller-misuse.record'),
  list: defineRpc<ListCallerMisuseQuery, CallerMisusePage>('intake', 'caller-misuse.list'),
};
