import { Param, PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger';
import { badInput } from '@hotline/platform';

/** What one kind of path parameter may be, and the problem a refusal names. */
export interface PathParamKind<T> {
  readonly problem: string;
  /** How the OpenAPI document shows it: a format, a pattern or the values it may take. */
  readonly schema: SchemaObject;
  /** The value the route receives, or undefined when the text is not of this kind. */
  parse(text: string): T | undefined;
}

/** Refuses a path parameter of the wrong kind with a 400 naming it, as a body field would be refused. */
export class PathParamPipe<T> implements PipeTransform<string, T> {
  constructor(
    private readonly name: string,
    private readonly kind: PathParamKind<T>,
  ) {}

  transform(text: string): T {
    const value = this.kind.parse(text);
    if (value === undefined) throw badInput([{ field: this.name, problems: [this.kind.problem] }]);
    return value;
  }
}

/** The path parameter `name`, checked against its kind before the route runs and documented as that kind. */
export function PathParam<T>(name: string, kind: PathParamKind<T>): ParameterDecorator {
  return (target, method, index) => {
    Param(name, new PathParamPipe(name, kind))(target, method, index);
    const route = method === undefined ? undefined : Object.getOwnPropertyDescriptor(target, method);
    if (method !== undefined && route)
      ApiParam({ name, required: true, description: kind.problem, schema: kind.schema })(target, method, route);
  };
}
