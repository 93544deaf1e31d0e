import { telemetry } from './instrument';
import { runBackendService } from '@hotline/platform';
import { AppModule } from './app.module';
import { DispatchConfig } from './dispatch.config';

runBackendService(AppModule, 'dispatch', telemetry, DispatchConfig);
