// The services' own modules, reached by path as their main.ts files reach them: this process runs them side by side.
import { backendServiceOptions, ServiceToRun } from '@hotline/platform';
import { AppModule as CallbacksModule } from '../../callbacks/src/app.module';
import { CallbacksConfig } from '../../callbacks/src/config/callbacks.config';
import { AppModule as DispatchModule } from '../../dispatch/src/app.module';
import { DispatchConfig } from '../../dispatch/src/dispatch.config';
import { AppModule as GatewayModule } from '../../gateway/src/app.module';
import { GATEWAY_SERVICE_OPTIONS } from '../../gateway/src/gateway-bootstrap';
import { AppModule as HandlingModule } from '../../handling/src/app.module';
import { HandlingConfig } from '../../handling/src/handling.config';
import { AppModule as IntakeModule } from '../../intake/src/app.module';
import { IntakeConfig } from '../../intake/src/intake.config';
import { AppModule as KnowledgeModule } from '../../knowledge/src/app.module';
import { KnowledgeConfig } from '../../knowledge/src/knowledge.config';
import { AppModule as LinkageModule } from '../../linkage/src/app.module';
import { LinkageConfig } from '../../linkage/src/linkage.config';
import { AppModule as SupervisionModule } from '../../supervision/src/app.module';
import { SupervisionConfig } from '../../supervision/src/supervision.config';

/** Every service, in the order they start: the backends, then the gateway that calls them. */
export const SERVICES = {
  intake: { appModule: IntakeModule, options: backendServiceOptions('intake', IntakeConfig) },
  dispatch: { appModule: DispatchModule, options: backendServiceOptions('dispatch', DispatchConfig) },
  handling: { appModule: HandlingModule, options: backendServiceOptions('handling', HandlingConfig) },
  callbacks: { appModule: CallbacksModule, options: backendServiceOptions('callbacks', CallbacksConfig) },
  supervision: { appModule: SupervisionModule, options: backendServiceOptions('supervision', SupervisionConfig) },
  knowledge: { appModule: KnowledgeModule, options: backendServiceOptions('knowledge', KnowledgeConfig) },
  linkage: { appModule: LinkageModule, options: backendServiceOptions('linkage', LinkageConfig) },
  gateway: { appModule: GatewayModule, options: GATEWAY_SERVICE_OPTIONS },
} satisfies Record<string, ServiceToRun>;

export type ServiceName = keyof typeof SERVICES;
export const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];
