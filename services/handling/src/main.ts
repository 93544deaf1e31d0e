import { telemetry } from './instrument';
import { runBackendService } from '@hotline/platform';
import { AppModule } from './app.module';
import { HandlingConfig } from './handling.config';

runBackendService(AppModule, 'handling', telemetry, HandlingConfig);
