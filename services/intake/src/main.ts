import { telemetry } from './instrument';
import { runBackendService } from '@hotline/platform';
import { AppModule } from './app.module';
import { IntakeConfig } from './intake.config';

runBackendService(AppModule, 'intake', telemetry, IntakeConfig);
