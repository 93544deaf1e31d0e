import { ArrayMaxSize, IsArray, IsOptional, Matches, ValidationOptions } from 'class-validator';
import { fieldRule } from '../boundary/field-rule';

/** A unit's code in the directory (`xt-cgj`): a lower-case letter or digit, then letters, digits and dashes. */
export const UNIT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/;

/** A unit code, or `<field> must be a unit code` (`… must be unit codes` with `each`) unless `message` words it. */
export function IsUnitCode(options: ValidationOptions = {}): PropertyDecorator {
  const message = options.each ? '$property must be unit codes' : '$property must be a unit code';
  return Matches(UNIT_ID_PATTERN, { message, ...options });
}

/** The co units (会同) of a dispatch or a routing rule (R15.5): at most 20 unit codes, or none. */
export function CoUnitIds(): PropertyDecorator {
  return fieldRule(IsOptional(), IsArray(), ArrayMaxSize(20), IsUnitCode({ each: true }));
}
