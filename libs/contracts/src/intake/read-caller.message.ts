import { Type } from 'class-transformer';
import { CALLER_READ_NOTE_MAX_LENGTH, CALLER_READ_REASONS, CallerReadReason } from '@hotline/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { Actor } from '../events/event-envelope';

const REASON_MESSAGE = `reason must be one of: ${CALLER_READ_REASONS.join(', ')}`;

/**
 * GET …/caller?reason=&note=: why the caller is read in clear, a code of the list (R14.3), and the reader's own words.
 * Both are audited. Without a reason a unit gets the masked caller, and staff are refused.
 */
export class CallerReadQuery {
  @IsOptional()
  @IsIn(CALLER_READ_REASONS, { message: REASON_MESSAGE })
  reason?: CallerReadReason;

  @IsOptional()
  @IsString()
  @MaxLength(CALLER_READ_NOTE_MAX_LENGTH)
  note?: string;
}

/**
 * A read of the caller of a work order (or of a request: the old path), with the query's reason and note: both are
 * audited (R14.3).
 */
export class ReadCallerMessage extends CallerReadQuery {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;

  @ValidateIf((message: ReadCallerMessage) => message.workOrderId === undefined)
  @IsUUID()
  requestId?: string;

  @IsOptional()
  @IsUUID()
  workOrderId?: string;
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
