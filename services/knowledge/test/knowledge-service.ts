import { INestApplication } from '@nestjs/common';
import { Actor } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { createTestEnvironment, TestEnvironment, startServiceInProcess } from '@hotline/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';

export const ADMIN: Actor = { kind: 'user', id: 'admin-1', role: 'admin' };
export const unitActor = (unitId: string): Actor => ({ kind: 'user', id: `${unitId}-editor`, role: 'unit', unitId });

export interface RunningKnowledge {
  app: INestApplication;
  rpc: RpcClient;
  count(table: 'articles' | 'article_versions' | 'outbox'): Promise<number>;
  stop(): Promise<void>;
}

/** The knowledge service booted in this process on a database and NATS namespace of the run's own (seeded at start). */
export async function startKnowledge(label: string): Promise<RunningKnowledge> {
  const environment: TestEnvironment = await createTestEnvironment(label);
  let app: INestApplication | undefined;
  try {
    app = await startServiceInProcess(AppModule, 'knowledge', environment.env);
  } catch (error) {
    await environment.teardown();
    throw error;
  }
  const dataSource = app.get(DataSource);
  return {
    app,
    rpc: app.get(RpcClient),
    count: async (table) => (await dataSource.query(`SELECT count(*)::int AS n FROM knowledge.${table}`))[0].n,
    stop: async () => {
      await app?.close();
      await environment.teardown();
    },
  };
}
