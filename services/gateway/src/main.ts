import { telemetry } from './instrument';
import { Logger } from '@nestjs/common';
import { GATEWAY_DEFAULT_PORT } from '@hotline/contracts';
import { bootstrapService } from '@hotline/platform';
import { AppModule } from './app.module';
import { applyBodyLimits } from './http-body-limits';
import { setupOpenApi } from './openapi/setup-openapi';

const port = Number(process.env['PORT'] ?? GATEWAY_DEFAULT_PORT);

bootstrapService(AppModule, { service: 'gateway', port, telemetry, nats: false, beforeListen: (app) => (applyBodyLimits(app), setupOpenApi(app)) }).catch((error: unknown) => {
  Logger.error(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}`, 'Bootstrap');
  process.exit(1);
});
