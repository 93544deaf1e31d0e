import { ActorMessage } from '../events/actor-message';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { JURISDICTION_KINDS, JurisdictionKind } from '@hotline/domain';

/** POST /api/v1/admin/jurisdictions: add or change one entry of the city's jurisdiction table. */
export class JurisdictionInput {
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/, {
    message: 'code must be lower-case letters, digits and dashes, such as yuhu-13',
  })
  code: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  name: string;

  @IsIn(JURISDICTION_KINDS)
  kind: JurisdictionKind;

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/, { message: 'parentCode must be the code of a district, county, city or zone' })
  parentCode?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  aliases?: string[];
}

export class SaveJurisdictionMessage extends ActorMessage {
  @ValidateNested()
  @Type(() => JurisdictionInput)
  jurisdiction: JurisdictionInput;
}
