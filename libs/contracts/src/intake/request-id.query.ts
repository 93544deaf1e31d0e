import { IsUUID } from 'class-validator';

/** A request by its id, e.g. `IntakeQueryRpc.assist`. */
export class RequestIdQuery {
  @IsUUID()
  requestId: string;
}
