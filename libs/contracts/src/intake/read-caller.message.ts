import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { Actor } from '../events/event-envelope';

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
