import { Param, PipeTransform } from '@nestjs/common';
import { badInput } from '@hotline/platform';

/** What one kind of path parameter may be, and the problem a refusal names. */
export interface PathParamKind<T> {
  readonly problem: string;
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

/** The path parameter `name`, checked against its kind before the route runs. */
export function PathParam<T>(name: string, kind: PathParamKind<T>): ParameterDecorator {
  return Param(name, new PathParamPipe(name, kind));
}
