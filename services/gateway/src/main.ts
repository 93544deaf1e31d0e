import { telemetry } from './instrument';
import { Logger } from '@nestjs/common';
import { bootstrapService } from '@hotline/platform';
import { AppModule } from './app.module';
import { GatewayConfig } from './gateway.config';
import { applyBodyLimits } from './http-body-limits';
import { setupOpenApi } from './openapi/setup-openapi';
import { defaultConsoleDir, serveConsole } from './console/serve-console';

bootstrapService(AppModule, {
  service: 'gateway',
  port: (app) => app.get(GatewayConfig).PORT,
  telemetry,
  nats: false,
  beforeListen: (app) => (
    applyBodyLimits(app),
    setupOpenApi(app),
    serveConsole(app, app.get(GatewayConfig).HOTLINE_CONSOLE_DIR || defaultConsoleDir())
  ),
}).catch((error: unknown) => {
  Logger.error(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}`, 'Bootstrap');
  process.exit(1);
});
