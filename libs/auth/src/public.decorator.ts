import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'hotline:auth:public';

/** Skips authentication for a route or controller (health probes, OpenAPI docs, public Open311 reads). */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
