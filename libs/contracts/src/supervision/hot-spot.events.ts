import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Min,
} from 'class-validator';
import { defineEvent } from '../events/event-definition';

/**
 * Complaints about one place and category rose above their own baseline (R23.1 trigger 2, 每月一题). Supervision
 * opens one case that links every work order behind the hot spot; the orders keep their own handling.
 */
export class HotSpotDetectedPayload {
  @IsUUID()
  hotSpotId: string;

  @IsString()
  district: string;

  @IsOptional()
  @IsString()
  street?: string;

  @IsString()
  category: string;

  @IsISO8601({ strict: true })
  windowStart: string;

  @IsISO8601({ strict: true })
  windowEnd: string;

  @IsInt()
  @Min(1)
  count: number;

  @IsNumber()
  baseline: number;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true })
  workOrderIds: string[];
}

/** Later work orders joined a hot spot already detected: they are linked to its case, never to a new one. */
export class HotSpotGrewPayload {
  @IsUUID()
  hotSpotId: string;

  @IsInt()
  @Min(1)
  count: number;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true })
  workOrderIds: string[];
}

export const HotSpotDetected = defineEvent('supervision', 'hot-spot-detected', 1, HotSpotDetectedPayload);
export const HotSpotGrew = defineEvent('supervision', 'hot-spot-grew', 1, HotSpotGrewPayload);
