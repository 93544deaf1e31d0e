import { ActorMessage } from '../events/actor-message';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { REQUEST_FIELDS, REQUEST_TYPES, RequestField, RequestType } from '@hotline/domain';
import { CoUnitIds, IsUnitCode } from './unit-code';

/** POST /api/v1/routing-rules: one entry of the dispatch catalogue (派单目录). Empty lists match anything. */
export class RoutingRuleInput {
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  name: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  categories?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  districts?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  streets?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(REQUEST_TYPES.length)
  @IsIn(REQUEST_TYPES, { each: true })
  types?: RequestType[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(REQUEST_FIELDS.length)
  @IsIn(REQUEST_FIELDS, { each: true })
  fields?: RequestField[];

  @IsUnitCode()
  leadUnitId: string;

  @CoUnitIds()
  coUnitIds?: string[];

  @IsOptional()
  @IsInt()
  @Min(-1000)
  @Max(1000)
  priority?: number;

  /** R22.1 接诉即办 */
  @IsOptional()
  @IsBoolean()
  direct?: boolean;

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class CreateRoutingRuleMessage extends ActorMessage {
  @ValidateNested()
  @Type(() => RoutingRuleInput)
  rule: RoutingRuleInput;
}

export interface RoutingRuleView {
  id: string;
  name: string;
  categories: string[];
  districts: string[];
  streets: string[];
  types: RequestType[];
  fields: RequestField[];
  leadUnitId: string;
  coUnitIds: string[];
  priority: number;
  direct: boolean;
  active: boolean;
  createdAt: string;
}
