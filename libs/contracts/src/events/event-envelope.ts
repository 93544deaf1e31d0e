import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export const ACTOR_KINDS = ['user', 'system', 'partner'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The most units one unit supervises (Art. 8(4)): a district has a few dozen townships and streets. */
export const MAX_SUPERVISED_UNITS = 500;

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

  /**
   * Art. 8(4) for a unit on a read: the units below it in the directory, whose work orders it reads (never acts on).
   * The gateway resolves them from dispatch once per request on the routes that read work orders
   * (`@ReadsSubordinates()`); events never carry them.
   */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SUPERVISED_UNITS)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  supervisedUnitIds?: string[];
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
