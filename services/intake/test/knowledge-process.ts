import { Actor, ArticleStatus, KnowledgeRpc } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { eventually, freePort, RunningService, startBuiltService, stopService } from '@hotline/testing';

const ADMIN: Actor = { kind: 'user', id: 'kb-admin', role: 'admin' };

export interface KnowledgeProcess {
  /** An article written through the knowledge service itself, in `status`, after `versions` versions. */
  write(status: ArticleStatus, versions?: number): Promise<{ id: string; version: number }>;
  stop(): Promise<void>;
}

/**
 * The built knowledge service as its own process on the run's database and NATS prefix, so that intake's tests ask
 * the real service which article an operator cites (R15.1). Needs `npm run build`, as the int tier runs after it.
 */
export async function startKnowledgeProcess(env: Record<string, string>, rpc: RpcClient): Promise<KnowledgeProcess> {
  const service: RunningService = startBuiltService('knowledge', {
    ...env,
    HEALTH_PORT: String(await freePort()),
    HOTLINE_KNOWLEDGE_SEED: 'false',
  });
  const answers = () =>
    rpc.request(KnowledgeRpc.getArticle, { articleId: 'kb-probe' }).then(
      () => true,
      (error: { problem?: { statusCode?: number } }) => error.problem?.statusCode === 404,
    );
  await eventually(answers, Boolean, 60_000, 250).catch((error: Error) => {
    throw new Error(`${error.message}\nknowledge: ${service.output().slice(-2000)}`);
  });
  return {
    write: async (status, versions = 1) => {
      const article = {
        title: `引用测试 ${status}`,
        body: '条目正文',
        keywords: ['引用'],
        areas: ['雨湖区' as const],
        reviewBy: '2027-06-30',
      };
      let written = await rpc.request(KnowledgeRpc.createArticle, {
        actor: ADMIN,
        article: { ...article, ownerUnitId: 'xt-jyj', status },
      });
      for (let version = 2; version <= versions; version++) {
        written = await rpc.request(KnowledgeRpc.updateArticle, {
          actor: ADMIN,
          articleId: written.id,
          changes: { body: `条目正文，第${version}版` },
        });
      }
      return { id: written.id, version: written.version };
    },
    stop: async () => {
      await stopService(service, 'SIGTERM', 5_000);
    },
  };
}
