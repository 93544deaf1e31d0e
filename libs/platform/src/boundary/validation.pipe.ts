import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { EventEnvelope, FieldProblem, inspectInput, isBlankText, passesPlan } from '@hotline/contracts';

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** One 400 for every refusal of input: the message and `details` name each field. */
export function badInput(details: FieldProblem[]): BadRequestException {
  const message = details.map((detail) => `${detail.field}: ${detail.problems.join(', ')}`).join('; ');
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message, details });
}

/**
 * Validation for HTTP bodies, query strings, path parameters and NATS messages alike: the input boundary first
 * (text that cannot be stored, nesting, prototype keys, blank text), then the class's rules. Unknown fields are
 * refused and failures name the field.
 */
class BoundaryValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    // Only the transport builds envelopes, after `validateEvent` checked them against their subject's contract.
    if (value instanceof EventEnvelope) return value;
    const problem = inspectInput(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (problem) throw badInput([problem]);
    return super.transform(typeof value === 'string' && isBlankText(value) ? '' : value, metadata);
  }

  /** A class's rules planned once decide a pass; class-validator validates what fails, and words the errors. */
  protected override validate(
    object: object,
    options?: ValidatorOptions,
  ): Promise<ValidationError[]> | ValidationError[] {
    return passesPlan(object, options ?? {}) ? [] : super.validate(object, options);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new BoundaryValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => badInput(flattenValidationErrors(errors)),
  });
}
