import { Type } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  REQUEST_CHANNELS,
  REQUEST_FIELDS,
  REQUEST_TYPES,
  RequestChannel,
  RequestField,
  RequestType,
} from './reference';

export class WorkOrderRequestLocation {
  @IsOptional()
  @IsString()
  district?: string;

  @IsOptional()
  @IsString()
  street?: string;

  @IsOptional()
  @IsString()
  address?: string;

  @IsOptional()
  @IsLatitude()
  lat?: number;

  @IsOptional()
  @IsLongitude()
  lng?: number;
}

/**
 * The matter of a work order (api.md "Work order view" `request`): what the citizen asked, where and how. Never
 * caller identity. The content is the citizen's own words: it travels in events and answers, never in a log or a trace.
 */
export class WorkOrderRequest {
  @IsString()
  @MaxLength(10_000)
  content: string;

  @IsIn(REQUEST_CHANNELS)
  channel: RequestChannel;

  @IsIn(REQUEST_TYPES)
  type: RequestType;

  @IsOptional()
  @IsIn(REQUEST_FIELDS)
  field?: RequestField;

  @IsOptional()
  @IsString()
  category?: string;

  @ValidateNested()
  @Type(() => WorkOrderRequestLocation)
  location: WorkOrderRequestLocation;

  @IsISO8601({ strict: true })
  receivedAt: string;
}
