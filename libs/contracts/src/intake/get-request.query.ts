import { IsOptional, IsUUID, Matches } from 'class-validator';
import { WORK_ORDER_NUMBER_PATTERN } from './work-order-number';

/** One request and its work order, by request id or work-order number (`IntakeQueryRpc.getRequest`). */
export class GetRequestQuery {
  @IsOptional()
  @IsUUID()
  requestId?: string;

  @IsOptional()
  @Matches(WORK_ORDER_NUMBER_PATTERN, { message: 'number must be a work-order number such as XT20261125000123' })
  number?: string;
}
