import { ActorMessage } from '../events/actor-message';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { EMERGENCY_CATEGORIES, EmergencyCategory, UNIT_KINDS, UnitKind } from '@hotline/domain';
import { IsUnitCode } from './unit-code';

export class UnitContactsInput {
  @IsOptional()
  @Matches(/^[0-9+][0-9 -]{4,19}$/, { message: 'phone must be a telephone number' })
  phone?: string;

  @IsOptional()
  @Matches(/^[0-9+][0-9 -]{4,19}$/, { message: 'dutyPhone must be a telephone number' })
  dutyPhone?: string;

  @IsOptional()
  @IsEmail()
  email?: string;

  @IsOptional()
  @IsString()
  @MaxLength(256)
  address?: string;
}

/** POST /api/v1/units (a new unit) and PUT /api/v1/units/{id} (its new description). */
export class UnitInput {
  @IsUnitCode({ message: 'id must be a stable code of lower-case letters, digits and dashes, e.g. xt-yuhu' })
  id: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  name: string;

  @IsIn(UNIT_KINDS)
  kind: UnitKind;

  @IsOptional()
  @IsUnitCode()
  parentId?: string;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => UnitContactsInput)
  contacts?: UnitContactsInput;

  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  areas: string[];

  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  categories: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EMERGENCY_CATEGORIES.length)
  @IsIn(EMERGENCY_CATEGORIES, { each: true })
  emergencyCategories?: EmergencyCategory[];

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class SaveUnitMessage extends ActorMessage {
  @ValidateNested()
  @Type(() => UnitInput)
  unit: UnitInput;

  /** 'create' refuses an existing id (409); 'update' an unknown one (404) */
  @IsIn(['create', 'update'])
  mode: 'create' | 'update';
}

export class UnitIdQuery {
  @IsUnitCode()
  id: string;
}

export class ListUnitsQuery {
  @IsOptional()
  @IsIn(UNIT_KINDS)
  kind?: UnitKind;

  @IsOptional()
  @IsUnitCode()
  parentId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  area?: string;
}

export interface UnitStatistics {
  /** work orders dispatched to it as lead unit (牵头) */
  dispatchedAsLead: number;
  /** as co-handling unit (会同) */
  dispatchedAsCo: number;
  returnsRequested: number;
  returnsApproved: number;
  returnsRejected: number;
}

export interface UnitView {
  id: string;
  name: string;
  kind: UnitKind;
  parentId?: string;
  contacts: { phone?: string; dutyPhone?: string; email?: string; address?: string };
  areas: string[];
  categories: string[];
  emergencyCategories: EmergencyCategory[];
  active: boolean;
  updatedAt: string;
  statistics?: UnitStatistics;
}

/** Art. 8(4): the units below a unit in the directory, at any depth. */
export interface SubordinateUnits {
  unitId: string;
  subordinateUnitIds: string[];
}
