import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCallerPhone, REQUEST_FIELDS, REQUEST_TYPES, RequestField, RequestType } from '@hotline/contracts';

const blankToUndefined = ({ value }: { value: unknown }) => (value === '' || value === null ? undefined : value);
const toNumber = ({ value }: { value: unknown }) =>
  value === '' || value === null || value === undefined ? undefined : typeof value === 'number' ? value : Number(value);

/** `attribute[code]` of a GeoReport v2 request: the attributes of the service definition. */
export class Open311Attributes {
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(32)
  district?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(64)
  street?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsIn(REQUEST_FIELDS)
  field?: RequestField;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsIn(['true', 'false', true, false])
  anonymous?: string | boolean;
}

/** POST /open311/v2/requests.(json|xml), form-encoded or JSON (GeoReport v2 "POST Service Request"). */
export class Open311CreateRequest {
  @IsString()
  @IsNotEmpty({ message: 'api_key is required' })
  api_key: string;

  @IsIn(REQUEST_TYPES, { message: `service_code must be one of ${REQUEST_TYPES.join(', ')} (see services.json)` })
  service_code: RequestType;

  @IsString()
  @IsNotEmpty({ message: 'description is required' })
  @MaxLength(10_000)
  description: string;

  @IsOptional()
  @Transform(toNumber)
  @IsLatitude({ message: 'lat must be a latitude' })
  lat?: number;

  @IsOptional()
  @Transform(toNumber)
  @IsLongitude({ message: 'long must be a longitude' })
  long?: number;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(256)
  address_string?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(32)
  first_name?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(32)
  last_name?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsCallerPhone()
  phone?: string;

  /** Accepted by the spec; the hotline keeps no e-mail, device or account of a caller. */
  @IsOptional()
  @IsString()
  email?: string;

  @IsOptional()
  @IsString()
  device_id?: string;

  @IsOptional()
  @IsString()
  account_id?: string;

  @IsOptional()
  @IsString()
  address_id?: string;

  @IsOptional()
  @IsString()
  media_url?: string;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => Open311Attributes)
  attribute?: Open311Attributes;
}
