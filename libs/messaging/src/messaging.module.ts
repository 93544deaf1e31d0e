import { DynamicModule, Module, Provider } from '@nestjs/common';
import { Environment, readEnvConfig } from '@hotline/contracts';
import { DeadLetterStore } from '@hotline/persistence';
import { MessagingConfig } from './config/messaging-config';
import { Namespace } from './config/namespace';
import { JetStreamTopology } from './connection/jetstream-topology';
import { NatsConnectionHolder } from './connection/nats-connection';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';
import { OutboxRelay } from './outbox/outbox-relay';
import { PlatformHealth } from './operations/platform-health';
import { PlatformRpcController } from './operations/platform-rpc.controller';
import { RpcClient } from './rpc/rpc-client';
import { DEAD_LETTER_SINK } from './server/dead-letter-sink';
import { JetStreamServer } from './server/jetstream-server';

export function messagingOptions(service: string, env?: Environment): MessagingOptions {
  const config = readEnvConfig(MessagingConfig, env);
  return { service, config, namespace: new Namespace(config.HOTLINE_NATS_PREFIX, service) };
}

const CLIENT_PROVIDERS = [NatsConnectionHolder, JetStreamTopology, RpcClient, PlatformHealth];

@Module({})
export class MessagingModule {
  /**
   * A backend service: JetStream transport (get it with `app.get(JetStreamServer)`), outbox relay,
   * RPC client, and the NATS operations every service answers (health report, dead letters, outbox replay).
   * Needs PersistenceModule.
   */
  static forService(service: string): DynamicModule {
    const providers: Provider[] = [
      { provide: MESSAGING_OPTIONS, useFactory: () => messagingOptions(service) },
      ...CLIENT_PROVIDERS,
      JetStreamServer,
      OutboxRelay,
      { provide: DEAD_LETTER_SINK, useExisting: DeadLetterStore },
    ];
    return {
      module: MessagingModule,
      global: true,
      controllers: [PlatformRpcController],
      providers,
      exports: [MESSAGING_OPTIONS, ...CLIENT_PROVIDERS, JetStreamServer, OutboxRelay],
    };
  }

  /** The gateway: NATS requests to the services, no database, no consumers. */
  static forClient(name: string): DynamicModule {
    const providers: Provider[] = [
      { provide: MESSAGING_OPTIONS, useFactory: () => messagingOptions(name) },
      ...CLIENT_PROVIDERS,
    ];
    return { module: MessagingModule, global: true, providers, exports: [MESSAGING_OPTIONS, ...CLIENT_PROVIDERS] };
  }
}
