import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Actor } from '../events/event-envelope';

/** R14.3 key rotation: seal caller values again with the newest key, a batch at a time (admin). */
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
