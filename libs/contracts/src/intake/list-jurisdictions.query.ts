import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional } from 'class-validator';
import { JURISDICTION_KINDS, JurisdictionKind } from '@hotline/domain';

/** GET /api/v1/admin/jurisdictions?kinds=: the table, or the entries of these kinds. */
export class ListJurisdictionsQuery {
  @IsOptional()
  @ArrayMaxSize(JURISDICTION_KINDS.length)
  @IsIn(JURISDICTION_KINDS, { each: true })
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  kinds?: JurisdictionKind[];
}
