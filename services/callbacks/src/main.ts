import { telemetry } from './instrument';
import { runBackendService } from '@hotline/platform';
import { AppModule } from './app.module';
import { CallbacksConfig } from './config/callbacks.config';

runBackendService(AppModule, 'callbacks', telemetry, CallbacksConfig);
