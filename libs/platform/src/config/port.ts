import { applyDecorators } from '@nestjs/common';
import { IsInt, Max, Min } from 'class-validator';

/** A TCP port a service listens on (0: any free port). */
export function IsPort(): PropertyDecorator {
  return applyDecorators(IsInt(), Min(0), Max(65_535));
}
