import { DomainError } from './domain-error';

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
