import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { EMERGENCY_CATEGORIES, EmergencyCategory } from '@hotline/domain';

/** GET …/suggestion?emergencyCategory=&street=: what the operator knows beyond the work order's facts. */
export class SuggestionParams {
  @IsOptional()
  @IsIn(EMERGENCY_CATEGORIES)
  emergencyCategory?: EmergencyCategory;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  street?: string;
}
