import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { BACKEND_SERVICE_NAMES, BackendServiceName } from '@hotline/contracts';

@Injectable()
export class ParseServicePipe implements PipeTransform<string, BackendServiceName> {
  transform(value: string): BackendServiceName {
    if (!(BACKEND_SERVICE_NAMES as string[]).includes(value)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: `service must be one of ${BACKEND_SERVICE_NAMES.join(', ')}`,
        details: [{ field: 'service', problems: ['unknown service'] }],
      });
    }
    return value as BackendServiceName;
  }
}
