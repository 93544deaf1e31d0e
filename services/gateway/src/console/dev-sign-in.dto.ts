import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const STAFF_ROLES = ['operator', 'reviewer', 'supervisor', 'unit', 'admin'] as const;
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A development sign-in: the roles (and the unit, for role unit) the token will carry. */
export class DevSignInBody {
  @ApiProperty({ enum: STAFF_ROLES, isArray: true, maxItems: 5 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsIn(STAFF_ROLES, { each: true })
  roles: (typeof STAFF_ROLES)[number][];

  @ApiPropertyOptional({ maxLength: 64, description: 'required with role unit' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(PLAIN_ID)
  unitId?: string;

  @ApiPropertyOptional({ maxLength: 64, description: 'who signs in (default dev-<first role>)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(PLAIN_ID)
  sub?: string;
}

export interface SignedInView {
  token: string;
  sub: string;
  roles: string[];
  unitId?: string;
  expiresAt: string;
}
