import { InvalidDomainInputError, invalidField } from './domain-error';

describe('InvalidDomainInputError', () => {
  it('names each field as the validation pipe does: details [{ field, problems }]', () => {
    const error = new InvalidDomainInputError('invalid window', [
      { path: 'from', message: 'must be before to' },
      { path: '', message: 'empty' },
    ]);
    expect(error.httpStatus).toBe(400);
    expect(error.details).toEqual([
      { field: 'from', problems: ['must be before to'] },
      { field: '(root)', problems: ['empty'] },
    ]);
    expect(error.message).toBe('invalid window: from: must be before to; (root): empty');
  });

  it('invalidField is the one-field form, its message the field and the problem', () => {
    const error = invalidField('leadUnitId', 'name the lead unit, or set useSuggestion: true');
    expect(error.message).toBe('leadUnitId: name the lead unit, or set useSuggestion: true');
    expect(error.details).toEqual([
      { field: 'leadUnitId', problems: ['name the lead unit, or set useSuggestion: true'] },
    ]);
  });
});
