import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { fieldRule } from './field-rule';

/** An optional yes/no of a query string: `true` or `false` and nothing else (`?overdue=yes` is a 400 naming it). */
export function QueryFlag(): PropertyDecorator {
  return fieldRule(
    IsOptional(),
    Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean(),
  );
}
