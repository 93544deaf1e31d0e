import { ArticlePublished, ArticleView, CreateArticleInput, KnowledgeRpc } from '@hotline/contracts';
import { DataSource } from 'typeorm';
import { ADMIN, RunningKnowledge, startKnowledge, unitActor } from './knowledge-service';

const EDU = unitActor('unit-xt-edu');
const WATER = unitActor('unit-xt-water');

function article(overrides: Partial<CreateArticleInput> = {}): CreateArticleInput {
  return {
    title: '暑期托管服务报名',
    body: '雨湖区部分小学暑期开设托管班，家长可在学校公众号报名，费用按成本收取。',
    keywords: ['暑期托管', '托管班'],
    areas: ['雨湖区'],
    status: 'published',
    reviewBy: '2027-05-31',
    ...overrides,
  };
}

describe('knowledge articles over NATS: owners, versions, review dates (real Postgres and NATS)', () => {
  let knowledge: RunningKnowledge;
  const create = (actor = EDU, input = article()) =>
    knowledge.rpc.request(KnowledgeRpc.createArticle, { actor, article: input });
  const versions = (articleId: string) => knowledge.rpc.request(KnowledgeRpc.listVersions, { articleId });

  beforeAll(async () => {
    knowledge = await startKnowledge('kbarticles');
  });

  afterAll(async () => {
    await knowledge?.stop();
  });

  it('R8.1 a unit writes its own article (version 1), and an admin writes for a unit it names', async () => {
    const own = await create();
    expect(own).toMatchObject({
      ownerUnitId: 'unit-xt-edu',
      version: 1,
      status: 'published',
      reviewBy: '2027-05-31',
      areas: ['雨湖区'],
    });
    expect(await knowledge.rpc.request(KnowledgeRpc.getArticle, { articleId: own.id })).toEqual(own);
    const forWater = await create(ADMIN, article({ ownerUnitId: 'unit-xt-water', title: '二次供水水箱清洗' }));
    expect(forWater.ownerUnitId).toBe('unit-xt-water');
  });

  it('R8.1 refuses a unit writing for another unit (403) and writes nothing', async () => {
    const before = await Promise.all([knowledge.count('articles'), knowledge.count('article_versions')]);
    await expect(create(EDU, article({ ownerUnitId: 'unit-xt-water' }))).rejects.toMatchObject({
      problem: { statusCode: 403 },
    });
    expect(await Promise.all([knowledge.count('articles'), knowledge.count('article_versions')])).toEqual(before);
  });

  it('R8.1 refuses a unit editing another unit’s article (403), and nothing changes', async () => {
    const edu = await create();
    const before = await Promise.all([knowledge.count('article_versions'), knowledge.count('outbox')]);
    await expect(
      knowledge.rpc.request(KnowledgeRpc.updateArticle, {
        actor: WATER,
        articleId: edu.id,
        changes: { body: '托管班取消。' },
      }),
    ).rejects.toMatchObject({ problem: { statusCode: 403 } });
    expect(await knowledge.rpc.request(KnowledgeRpc.getArticle, { articleId: edu.id })).toEqual(edu);
    expect(await Promise.all([knowledge.count('article_versions'), knowledge.count('outbox')])).toEqual(before);
    expect((await versions(edu.id)).items).toHaveLength(1);
  });

  it('R7.1 every change adds a version; earlier versions read back exactly as they were', async () => {
    const created = await create();
    const [v1] = (await versions(created.id)).items;
    const v2view = await knowledge.rpc.request(KnowledgeRpc.updateArticle, {
      actor: EDU,
      articleId: created.id,
      changes: { body: '暑期托管改为线上报名，名额有限。', expectedVersion: 1, changeNote: '报名方式调整' },
    });
    const v3view = await knowledge.rpc.request(KnowledgeRpc.updateArticle, {
      actor: ADMIN,
      articleId: created.id,
      changes: { reviewBy: '2027-09-30', keywords: ['暑期托管', '线上报名'] },
    });
    expect([v2view.version, v3view.version]).toEqual([2, 3]);
    const history = (await versions(created.id)).items;
    expect(history.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(history[0]).toEqual(v1);
    expect(history[0].body).toBe(created.body);
    expect(history[1]).toMatchObject({
      body: '暑期托管改为线上报名，名额有限。',
      reviewBy: '2027-05-31',
      changeNote: '报名方式调整',
      changedBy: { role: 'unit', unitId: 'unit-xt-edu' },
    });
    expect(history[2]).toMatchObject({
      body: '暑期托管改为线上报名，名额有限。',
      reviewBy: '2027-09-30',
      keywords: ['暑期托管', '线上报名'],
      changedBy: { role: 'admin' },
    });
    expect(await knowledge.rpc.request(KnowledgeRpc.getArticle, { articleId: created.id })).toEqual(v3view);
  });

  it('R7.1 the database itself refuses to rewrite or delete a version', async () => {
    const created = await create();
    const dataSource = knowledge.app.get(DataSource);
    await expect(
      dataSource.query(`UPDATE knowledge.article_versions SET body = 'x' WHERE article_id = $1`, [created.id]),
    ).rejects.toThrow(/immutable/);
    await expect(
      dataSource.query(`DELETE FROM knowledge.article_versions WHERE article_id = $1`, [created.id]),
    ).rejects.toThrow(/immutable/);
  });

  it('answers an edit from a stale version with 409 and keeps the newer one', async () => {
    const created = await create();
    await knowledge.rpc.request(KnowledgeRpc.updateArticle, {
      actor: EDU,
      articleId: created.id,
      changes: { title: '暑期托管服务报名（更新）', expectedVersion: 1 },
    });
    await expect(
      knowledge.rpc.request(KnowledgeRpc.updateArticle, {
        actor: EDU,
        articleId: created.id,
        changes: { title: '另一个标题', expectedVersion: 1 },
      }),
    ).rejects.toMatchObject({ problem: { statusCode: 409 } });
    expect((await knowledge.rpc.request(KnowledgeRpc.getArticle, { articleId: created.id })).title).toBe(
      '暑期托管服务报名（更新）',
    );
  });

  it('R26.1 reports published articles past their review date, most overdue first, and not drafts or current ones', async () => {
    const now = '2027-06-10T02:00:00.000Z';
    const overdue = await create(WATER, article({ title: '老旧小区供水管网改造', reviewBy: '2027-06-01' }));
    const dueToday = await create(WATER, article({ title: '水表更换', reviewBy: '2027-06-10' }));
    const draft = await create(WATER, article({ title: '停水补偿草稿', reviewBy: '2027-01-01', status: 'draft' }));
    const report = await knowledge.rpc.request(KnowledgeRpc.staleArticles, { now, ownerUnitId: 'unit-xt-water' });
    const stale = report.items.map((item) => item.id);
    expect(report.items.find((item) => item.id === overdue.id)).toEqual({
      id: overdue.id,
      ownerUnitId: 'unit-xt-water',
      title: '老旧小区供水管网改造',
      reviewBy: '2027-06-01',
      daysOverdue: 9,
      version: 1,
    });
    expect(stale).not.toContain(dueToday.id);
    expect(stale).not.toContain(draft.id);
    const days = report.items.map((item) => item.daysOverdue);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    // Confirming the article with a new review date takes it off the report.
    await knowledge.rpc.request(KnowledgeRpc.updateArticle, {
      actor: WATER,
      articleId: overdue.id,
      changes: { reviewBy: '2027-12-31' },
    });
    expect(
      (await knowledge.rpc.request(KnowledgeRpc.staleArticles, { now })).items.map((item) => item.id),
    ).not.toContain(overdue.id);
  });

  it('lists articles by owner, status and area', async () => {
    const listed = await knowledge.rpc.request(KnowledgeRpc.listArticles, {
      ownerUnitId: 'unit-xt-water',
      status: 'draft',
    });
    expect(listed.items.length).toBeGreaterThan(0);
    expect(
      listed.items.every((item: ArticleView) => item.ownerUnitId === 'unit-xt-water' && item.status === 'draft'),
    ).toBe(true);
    const shaoshan = await knowledge.rpc.request(KnowledgeRpc.listArticles, { area: '韶山市' });
    expect(
      shaoshan.items.every((item: ArticleView) => item.areas.includes('韶山市') || item.areas.includes('all')),
    ).toBe(true);
    expect(shaoshan.items.map((item: ArticleView) => item.id)).toContain('kb-edu-shaoshan-enrolment');
  });

  it('answers bad input with 400 naming the fields, and writes no rows', async () => {
    const before = await Promise.all([
      knowledge.count('articles'),
      knowledge.count('article_versions'),
      knowledge.count('outbox'),
    ]);
    const bad = { ...article(), title: '', areas: ['长沙市'], reviewBy: '下个月', status: 'live' };
    await expect(create(EDU, bad as never)).rejects.toMatchObject({
      problem: {
        statusCode: 400,
        message: expect.stringMatching(/article\.title.*article\.areas.*article\.status.*article\.reviewBy/s),
      },
    });
    const existing = (await create()).id;
    const after = await Promise.all([
      knowledge.count('articles'),
      knowledge.count('article_versions'),
      knowledge.count('outbox'),
    ]);
    await expect(
      knowledge.rpc.request(KnowledgeRpc.updateArticle, { actor: EDU, articleId: existing, changes: {} }),
    ).rejects.toMatchObject({ problem: { statusCode: 400 } });
    await expect(
      knowledge.rpc.request(KnowledgeRpc.updateArticle, {
        actor: EDU,
        articleId: existing,
        changes: { reviewBy: '2027-02-30' },
      }),
    ).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringMatching(/changes\.reviewBy/) },
    });
    expect(
      await Promise.all([knowledge.count('articles'), knowledge.count('article_versions'), knowledge.count('outbox')]),
    ).toEqual(after);
    expect(after).toEqual([before[0] + 1, before[1] + 1, before[2] + 1]);
  });

  it('answers an unknown article with 404', async () => {
    await expect(
      knowledge.rpc.request(KnowledgeRpc.getArticle, { articleId: 'kb-no-such-article' }),
    ).rejects.toMatchObject({ problem: { statusCode: 404 } });
    await expect(
      knowledge.rpc.request(KnowledgeRpc.updateArticle, {
        actor: ADMIN,
        articleId: 'kb-no-such-article',
        changes: { title: '新' },
      }),
    ).rejects.toMatchObject({
      problem: { statusCode: 404 },
    });
  });

  it('announces a published version on the outbox, in the same transaction as the article', async () => {
    const created = await create();
    const rows: Array<{ subject: string; payload: { articleId: string; version: number } }> = await knowledge.app
      .get(DataSource)
      .query(
        `SELECT subject, envelope->'payload' AS payload FROM knowledge.outbox WHERE envelope->'payload'->>'articleId' = $1`,
        [created.id],
      );
    expect(rows).toEqual([
      {
        subject: expect.stringContaining(ArticlePublished.subject),
        payload: expect.objectContaining({ articleId: created.id, version: 1 }),
      },
    ]);
  });
});
