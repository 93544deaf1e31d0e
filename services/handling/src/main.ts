import { telemetry } from './instrument';
import { runBackendService } from '@hotline/messaging';
import { AppModule } from './app.module';

runBackendService(AppModule, 'handling', telemetry);
