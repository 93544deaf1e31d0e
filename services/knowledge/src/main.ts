import { telemetry } from './instrument';
import { runBackendService } from '@hotline/platform';
import { AppModule } from './app.module';
import { KnowledgeConfig } from './knowledge.config';

runBackendService(AppModule, 'knowledge', telemetry, KnowledgeConfig);
