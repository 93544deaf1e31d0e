import { telemetry } from './instrument';
import { runBackendService } from '@hotline/platform';
import { AppModule } from './app.module';

runBackendService(AppModule, 'dispatch', telemetry);
