import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { REQUEST_TYPES, RequestType } from '../work-orders/reference';
import { WORK_ORDER_NUMBER_PATTERN } from './work-order-number';

/** Requests and their work orders, newest first (`IntakeQueryRpc.listRequests`). */
export class ListRequestsQuery {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(WORK_ORDER_NUMBER_PATTERN, {
    each: true,
    message: 'numbers must be work-order numbers such as XT20261125000123',
  })
  numbers?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(REQUEST_TYPES.length)
  @IsIn(REQUEST_TYPES, { each: true })
  types?: RequestType[];

  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @IsOptional()
  @IsISO8601({ strict: true })
  receivedFrom?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  receivedTo?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  channel?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
