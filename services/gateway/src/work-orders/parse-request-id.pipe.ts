import { Injectable, PipeTransform } from '@nestjs/common';
import { REQUEST_ID_PATTERN } from '@hotline/contracts';
import { badInput } from '@hotline/platform';

/**
 * The id of a return, extension, reply or appeal request as its POST answered it: `<work order id>:<version>`
 * (the version of the work order the request created). Anything else is a 400 naming the parameter.
 */
@Injectable()
export class ParseRequestIdPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (REQUEST_ID_PATTERN.test(value)) return value;
    throw badInput([
      { field: this.name, problems: ["must be the id its request answered ('<work order id>:<version>')"] },
    ]);
  }
}
