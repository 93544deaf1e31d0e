import { telemetry } from './instrument';
import { runBackendService } from '@hotline/platform';
import { AppModule } from './app.module';
import { SupervisionConfig } from './supervision.config';

runBackendService(AppModule, 'supervision', telemetry, SupervisionConfig);
