import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Min, ValidateNested } from 'class-validator';

export const ACTOR_KINDS = ['user', 'system', 'partner'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Who caused an event. Never a caller: callers are private and identified only inside intake. */
export class Actor {
  @IsIn(ACTOR_KINDS)
  kind: ActorKind;

  @IsString()
  id: string;

  @IsOptional()
  @IsString()
  role?: string;

  @IsOptional()
  @IsString()
  unitId?: string;
}

export const SYSTEM_ACTOR: Actor = Object.freeze({ kind: 'system', id: 'system' }) as Actor;

/** The envelope of every event on JetStream; `traceparent` travels in the NATS headers, not here. */
export class EventEnvelope<TPayload extends object = object> {
  @IsUUID()
  id: string;

  @IsString()
  type: string;

  @IsInt()
  @Min(1)
  schemaVersion: number;

  @IsISO8601({ strict: true })
  occurredAt: string;

  @IsOptional()
  @IsString()
  workOrderId?: string;

  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;

  @IsObject()
  payload: TPayload;
}
