import { Inject, Injectable, Optional } from '@nestjs/common';
import { DependencyStatus, HealthReport } from '@hotline/contracts';
import { DataSource } from 'typeorm';
import { NatsConnectionHolder } from '../connection/nats-connection';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging-options';

const CHECK_TIMEOUT_MS = 2_000;

/** Readiness of this process's own dependencies: Postgres (if it has one), NATS and its JetStream stream. */
@Injectable()
export class PlatformHealth {
  constructor(
    private readonly nats: NatsConnectionHolder,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Optional() private readonly dataSource?: DataSource,
  ) {}

  async report(): Promise<HealthReport> {
    const checks = [this.checkNats(), this.checkJetStream()];
    if (this.dataSource) checks.unshift(this.checkPostgres(this.dataSource));
    const dependencies = await Promise.all(checks);
    return { service: this.options.service, ok: dependencies.every((dependency) => dependency.ok), dependencies };
  }

  private checkPostgres(dataSource: DataSource): Promise<DependencyStatus> {
    return probe('postgres', async () => {
      await dataSource.query('SELECT 1');
    });
  }

  private checkNats(): Promise<DependencyStatus> {
    return probe('nats', async () => {
      if (!(await this.nats.isConnected())) throw new Error('not connected');
    });
  }

  private checkJetStream(): Promise<DependencyStatus> {
    return probe('jetstream', async () => {
      const jsm = await this.nats.manager();
      await jsm.streams.info(this.options.namespace.stream('WORKORDER'));
    });
  }
}

export async function probe(
  name: string,
  check: () => Promise<void>,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<DependencyStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check(), timeout]);
    return { name, ok: true };
  } catch (error) {
    return { name, ok: false, detail: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
