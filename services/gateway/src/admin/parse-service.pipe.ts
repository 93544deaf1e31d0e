import { Injectable, PipeTransform } from '@nestjs/common';
import { BACKEND_SERVICE_NAMES, BackendServiceName } from '@hotline/contracts';
import { badInput } from '@hotline/platform';

@Injectable()
export class ParseServicePipe implements PipeTransform<string, BackendServiceName> {
  transform(value: string): BackendServiceName {
    if (!(BACKEND_SERVICE_NAMES as string[]).includes(value)) {
      throw badInput([{ field: 'service', problems: [`must be one of ${BACKEND_SERVICE_NAMES.join(', ')}`] }]);
    }
    return value as BackendServiceName;
  }
}
