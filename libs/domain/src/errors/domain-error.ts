/** A requirement id of requirements.md, e.g. 'R17.2'. */
export type RequirementId = `R${number}.${number}`;

export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/** A field of the input and what is wrong with it: the `details` of every 400 of the input boundary. */
export interface FieldProblem {
  readonly field: string;
  readonly problems: readonly string[];
}

/**
 * Every refusal of the domain is one of these; `httpStatus` is what the HTTP layer answers.
 * 409: the step is not allowed in the current state. 422: a rule of the regulation refuses it.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly httpStatus: 400 | 403 | 404 | 409 | 422;

  constructor(
    message: string,
    readonly details: Readonly<Record<string, unknown>> | readonly FieldProblem[] = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class IllegalTransitionError extends DomainError {
  readonly code = 'illegal-transition';
  readonly httpStatus = 409;

  constructor(
    readonly event: string,
    readonly status: string,
    readonly allowedFrom: readonly string[],
  ) {
    super(`step '${event}' is not allowed in state '${status}' (allowed from: ${allowedFrom.join(', ') || 'none'})`, {
      event,
      status,
      allowedFrom,
    });
  }
}

export class RegulationViolationError extends DomainError {
  readonly code = 'regulation-violation';
  readonly httpStatus = 422;

  constructor(
    readonly requirement: RequirementId,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${requirement}: ${message}`, { requirement, ...details });
  }
}

export class RoleNotAllowedError extends DomainError {
  readonly code = 'role-not-allowed';
  readonly httpStatus = 403;

  constructor(
    readonly event: string,
    readonly role: string,
    readonly allowedRoles: readonly string[],
    reason?: string,
  ) {
    super(reason ?? `role '${role}' may not take step '${event}' (allowed: ${allowedRoles.join(', ')})`, {
      event,
      role,
      allowedRoles,
    });
  }
}

export class InvalidDomainInputError extends DomainError {
  readonly code = 'invalid-input';
  readonly httpStatus = 400;

  constructor(
    message: string,
    readonly issues: readonly InputIssue[],
  ) {
    super(`${message}: ${issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ')}`, { issues });
  }
}

/** The calendar has no data (neither a notice nor the statutory fallback) for the day asked about. */
export class CalendarCoverageError extends DomainError {
  readonly code = 'calendar-not-covered';
  readonly httpStatus = 422;
}

/** What was asked for does not exist, or is not visible to the one asking (404). */
export class NotFoundError extends DomainError {
  readonly code = 'not-found';
  readonly httpStatus = 404;
}

/** The principal may not do this to this record, e.g. another unit's work order (403). */
export class AccessDeniedError extends DomainError {
  readonly code = 'access-denied';
  readonly httpStatus = 403;
}

/** The record's state refuses the step, or it changed meanwhile (409). */
export class StateConflictError extends DomainError {
  readonly code = 'state-conflict';
  readonly httpStatus = 409;
}

/**
 * The step reached a service that no longer writes this work order: `writer` names the one that does (or null when the
 * order is final), so that the gateway can send the step there once, without knowing who owns what.
 */
export class NotTheWriterError extends DomainError {
  readonly code = 'not-the-writer';
  readonly httpStatus = 409;

  constructor(
    message: string,
    readonly status: string,
    readonly writer: string | null,
  ) {
    super(message, { status, writer });
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
