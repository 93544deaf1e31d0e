import { INestApplication, Type } from '@nestjs/common';
import { bootstrapService } from '@hotline/platform';

/**
 * One service booted in the test's own process, as `main.ts` boots it but on a free port, without telemetry or
 * signal handlers, quiet, on the test's database and NATS namespace (`env`).
 */
export function startServiceInProcess(
  appModule: Type<unknown>,
  service: string,
  env: Record<string, string>,
): Promise<INestApplication> {
  return bootstrapService(appModule, {
    service,
    port: 0,
    host: '127.0.0.1',
    telemetry: { shutdown: async () => undefined },
    nats: true,
    handleSignals: false,
    logger: false,
    env,
  });
}
