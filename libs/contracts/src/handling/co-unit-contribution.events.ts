import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { defineEvent } from '../events/event-definition';

/**
 * R15.5/R14.1: a co-handling unit (会同) handed in its part of the handling; a step of the record on the timeline,
 * not of the lifecycle (the work order's state does not change). The unit's own words about its work: no caller data.
 */
export class CoUnitContributedPayload {
  @IsUUID()
  contributionId: string;

  @IsUUID()
  workOrderId: string;

  @IsString()
  @MaxLength(64)
  unitId: string;

  @IsString()
  handledBy: string;

  @IsISO8601({ strict: true })
  handledAt: string;

  @IsString()
  process: string;

  @IsString()
  result: string;

  @IsBoolean()
  callerContacted: boolean;

  @IsOptional()
  @IsString()
  contactMethod?: string;

  @IsIn(['solved', 'plan', 'not-possible'])
  outcome: string;

  @IsOptional()
  @IsString()
  plan?: string;

  @IsOptional()
  @IsString()
  planDate?: string;

  @IsOptional()
  @IsString()
  explanation?: string;

  @IsISO8601({ strict: true })
  submittedAt: string;
}

export const CoUnitContributed = defineEvent('workorder', 'co-unit-contributed', 1, CoUnitContributedPayload);
