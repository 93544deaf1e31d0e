import { telemetry } from './instrument';
import { Logger } from '@nestjs/common';
import { bootstrapService } from '@hotline/platform';
import { AppModule } from './app.module';
import { GATEWAY_SERVICE_OPTIONS } from './gateway-bootstrap';

bootstrapService(AppModule, { ...GATEWAY_SERVICE_OPTIONS, telemetry }).catch((error: unknown) => {
  Logger.error(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}`, 'Bootstrap');
  process.exit(1);
});
