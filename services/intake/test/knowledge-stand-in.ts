import { INestApplication } from '@nestjs/common';
import { ArticleView, KnowledgeRpc, RpcReply } from '@hotline/contracts';
import { MESSAGING_OPTIONS, MessagingOptions, NatsConnectionHolder } from '@hotline/messaging';

type Article = Pick<ArticleView, 'id' | 'status' | 'version'>;

/**
 * The knowledge service's answer to "which article is this?" over real NATS, for intake's integration tests that do
 * not start the knowledge service: the articles given exist, every other id is 404 as the knowledge service says.
 */
export async function standInForKnowledge(app: INestApplication, articles: Article[]): Promise<{ stop: () => void }> {
  const nc = await app.get(NatsConnectionHolder).connection();
  const subject = app.get<MessagingOptions>(MESSAGING_OPTIONS).namespace.subject(KnowledgeRpc.getArticle.subject);
  const subscription = nc.subscribe(subject, { queue: 'knowledge' });
  void (async () => {
    for await (const message of subscription) {
      const { articleId } = JSON.parse(new TextDecoder().decode(message.data)) as { articleId: string };
      const article = articles.find((candidate) => candidate.id === articleId);
      const reply: RpcReply<Partial<ArticleView>> = article
        ? { ok: true, data: { ...article, title: article.id } }
        : { ok: false, problem: { statusCode: 404, error: 'Not Found', message: `No knowledge article ${articleId}` } };
      message.respond(new TextEncoder().encode(JSON.stringify(reply)));
    }
  })();
  return { stop: () => subscription.unsubscribe() };
}
