import { ActorMessage } from '../events/actor-message';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** R14.3 key rotation: seal caller values again with the newest key, a batch at a time (admin). */
export class ReEncryptCallersMessage extends ActorMessage {
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
