import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { Actor } from './event-envelope';

/** A message sent on behalf of an actor (a member of staff, a unit, a partner, the system); it adds what it asks. */
export class ActorMessage {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;
}
