import { telemetry } from './instrument';
import { runBackendService } from '@hotline/platform';
import { AppModule } from './app.module';
import { LinkageConfig } from './linkage.config';

runBackendService(AppModule, 'linkage', telemetry, LinkageConfig);
