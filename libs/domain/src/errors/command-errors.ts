import { DomainError, FieldProblem } from './domain-error';

/**
 * A command lacks what its step needs (400), e.g. a dispatch that names neither a lead unit nor the routing
 * suggestion. The message names the field; `details.field` repeats it.
 */
export class IncompleteCommandError extends DomainError {
  readonly code = 'incomplete-command';
  readonly httpStatus = 400;
}

/**
 * A command names what the domain cannot use, and no single requirement says why (422): a unit that is not an
 * active unit of the directory, a parent that would make the directory a cycle, a catalogue rule with problems.
 */
export class UnusableCommandError extends DomainError {
  readonly code = 'unusable-command';
  readonly httpStatus = 422;
}

/**
 * A field that passed the schema but that the service cannot use as given (400), e.g. a cursor no page gave, or a
 * required one of two fields missing. `details` name the field as the input boundary's do: `[{ field, problems }]`.
 */
export class FieldProblemError extends DomainError {
  readonly code = 'field-problem';
  readonly httpStatus = 400;

  constructor(problems: readonly FieldProblem[], message?: string) {
    super(
      message ?? problems.map((problem) => `${problem.field}: ${problem.problems.join(', ')}`).join('; '),
      problems,
    );
  }
}
