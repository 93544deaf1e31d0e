import { IsBoolean, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ActorMessage } from '../events/actor-message';

/** A step on, or a question about, one work order by the signed-in actor; commands add their body. */
export class WorkOrderActionMessage extends ActorMessage {
  @IsUUID()
  workOrderId: string;
}

/**
 * The id of a request that waits for a decision (return, extension, reply, appeal), as its POST answered it:
 * `<work order id>:<version of the work order the request created>`.
 */
export const REQUEST_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[1-9][0-9]{0,8}$/i;

/** What a request id that is not one must be, in every refusal of it. */
export const REQUEST_ID_PROBLEM = "must be the id its request answered ('<work order id>:<version>')";

/** The id of a return, extension, reply or appeal request (`REQUEST_ID_PATTERN`), or `<field> must be …`. */
export function IsRequestId(): PropertyDecorator {
  return Matches(REQUEST_ID_PATTERN, { message: `$property ${REQUEST_ID_PROBLEM}` });
}

/** The centre's decision on a request (a return, an extension, an appeal): approve or not, with a comment. */
export class DecisionBody {
  @IsBoolean()
  approve: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
