import { KnowledgeRpc, SearchArticlesResult } from '@hotline/contracts';
import { DataSource } from 'typeorm';
import { TRIGRAM_THRESHOLD } from '../src/search/search-query';
import { KnowledgeSeeder } from '../src/seed/knowledge-seeder';
import { ADMIN, RunningKnowledge, startKnowledge } from './knowledge-service';

describe('knowledge search over NATS on the seeded knowledge base (real Postgres and NATS)', () => {
  let knowledge: RunningKnowledge;
  const search = (
    q: string,
    extra: { area?: string; status?: string; limit?: number } = {},
  ): Promise<SearchArticlesResult> => knowledge.rpc.request(KnowledgeRpc.search, { q, ...extra } as never);
  const ids = (result: SearchArticlesResult) => result.items.map((item) => item.id);

  beforeAll(async () => {
    knowledge = await startKnowledge('kbsearch');
  });

  afterAll(async () => {
    await knowledge?.stop();
  });

  it('R7.1 seeds at least 50 published articles once, and a second seeding adds nothing', async () => {
    expect(await knowledge.count('articles')).toBeGreaterThanOrEqual(50);
    expect(await knowledge.count('article_versions')).toBe(await knowledge.count('articles'));
    expect(await knowledge.app.get(KnowledgeSeeder).seed(new Date())).toBe(0);
  });

  it('R15.1 ranks the school-enrolment article first for “孩子上学要什么材料”', async () => {
    const result = await search('孩子上学要什么材料');
    expect(result.items[0].id).toBe('kb-edu-enrolment-materials');
    expect(result.terms).toEqual(expect.arrayContaining(['孩子', '上学', '材料']));
    expect(result.terms).not.toContain('什么');
  });

  it.each([
    ['公积金怎么提取', 'kb-hpf-withdrawal'],
    ['家里停电了找谁报修', 'kb-power-outage'],
    ['身份证丢了怎么补办', 'kb-psb-id-card'],
    ['刚出生的宝宝怎么上户口', 'kb-psb-newborn-registration'],
    ['闻到煤气味怎么办', 'kb-gas-leak'],
    ['老板拖欠工资不给', 'kb-hrss-labour-arbitration'],
    ['楼下广场舞太吵了', 'kb-eco-noise-complaint'],
    ['结婚登记要带哪些证件', 'kb-civil-marriage-registration'],
  ])('R15.1 answers the everyday question “%s” with %s first', async (q, expected) => {
    expect(ids(await search(q))[0]).toBe(expected);
  });

  it('R15.1 finds a title by a fragment no word matches (title trigrams), when nothing else was found', async () => {
    const result = await search('9559');
    expect(ids(result)[0]).toBe('kb-power-outage');
  });

  it("R15.1 compares titles at the trigram stage's threshold on every connection, without a transaction to set it", async () => {
    const dataSource = knowledge.app.get(DataSource);
    const shown = await Promise.all(
      [1, 2, 3].map(() =>
        dataSource.query<Array<{ threshold: string }>>(
          `SELECT current_setting('pg_trgm.word_similarity_threshold') AS threshold`,
        ),
      ),
    );
    expect(shown.map(([row]) => Number(row.threshold))).toEqual([
      TRIGRAM_THRESHOLD,
      TRIGRAM_THRESHOLD,
      TRIGRAM_THRESHOLD,
    ]);
  });

  it('R7.1 filters by area: an article for other districts is left out, city-wide ones stay in', async () => {
    const county = ids(await search('停水了', { area: '湘潭县' }));
    expect(county[0]).toBe('kb-water-county-supply');
    expect(county).not.toContain('kb-water-outage-notice');
    const city = ids(await search('停水了', { area: '雨湖区' }));
    expect(city[0]).toBe('kb-water-outage-notice');
    expect(city).not.toContain('kb-water-county-supply');
    const shaoshan = ids(await search('孩子上学报名', { area: '韶山市' }));
    expect(shaoshan).toEqual(expect.arrayContaining(['kb-edu-shaoshan-enrolment', 'kb-edu-enrolment-materials']));
  });

  it('R7.1 searches published articles unless a status is named', async () => {
    const draft = await knowledge.rpc.request(KnowledgeRpc.createArticle, {
      actor: ADMIN,
      article: {
        ownerUnitId: 'unit-xt-edu',
        title: '校车接送线路调整说明',
        body: '九华示范区部分小学校车接送线路调整，请家长留意学校通知。',
        keywords: ['校车'],
        areas: ['九华示范区'],
        reviewBy: '2027-06-30',
      },
    });
    expect(draft.status).toBe('draft');
    expect(ids(await search('校车接送'))).not.toContain(draft.id);
    expect(ids(await search('校车接送', { status: 'draft' }))).toEqual([draft.id]);
    await knowledge.rpc.request(KnowledgeRpc.updateArticle, {
      actor: ADMIN,
      articleId: draft.id,
      changes: { status: 'retired' },
    });
    expect(ids(await search('校车接送', { status: 'draft' }))).toEqual([]);
    expect(ids(await search('校车接送', { status: 'retired' }))).toEqual([draft.id]);
  });

  it('highlights the matched words in title and snippet, escaping the rest', async () => {
    const [hit] = (await search('公积金怎么提取')).items;
    expect(hit.titleHighlight).toBe('住房<mark>公积金</mark><mark>提取</mark>条件和材料');
    expect(hit.snippet).toMatch(/<mark>公积金<\/mark>/);
    expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('respects the limit and answers a question of stop words only with nothing rather than everything', async () => {
    expect((await search('办理', { limit: 3 })).items.length).toBeLessThanOrEqual(3);
    expect((await search('材料', { limit: 2 })).items).toHaveLength(2);
    expect((await search('请问怎么办')).items).toEqual([]);
  });

  it('answers a bad query with 400 naming the field', async () => {
    await expect(search('', { area: '长沙市', limit: 500 })).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringMatching(/q:.*area:.*limit:/s) },
    });
  });
});
