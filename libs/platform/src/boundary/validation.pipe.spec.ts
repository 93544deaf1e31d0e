import { ValidationError } from '@nestjs/common';
import { flattenValidationErrors } from './validation.pipe';

describe('flattenValidationErrors', () => {
  it('names nested fields by their path', () => {
    const child: ValidationError = { property: 'phone', constraints: { matches: 'phone must be a number' } };
    const parent: ValidationError = { property: 'caller', children: [child] };
    expect(flattenValidationErrors([parent])).toEqual([
      { field: 'caller.phone', problems: ['phone must be a number'] },
    ]);
  });
});
