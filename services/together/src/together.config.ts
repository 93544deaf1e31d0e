import { Transform } from 'class-transformer';
import { ArrayNotEmpty, IsIn } from 'class-validator';
import { SERVICE_NAMES, ServiceName } from './services';

/** Which services this process runs (all of them unless told), each once, in the order of SERVICES. */
export class TogetherConfig {
  /** comma-separated service names, e.g. `intake,dispatch,gateway` */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').map((name) => name.trim()) : value,
  )
  @ArrayNotEmpty()
  @IsIn(SERVICE_NAMES, { each: true })
  HOTLINE_SERVICES: ServiceName[] = [...SERVICE_NAMES];
}
