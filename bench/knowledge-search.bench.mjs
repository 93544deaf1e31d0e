// Knowledge search latency on 100,000 articles, against a primary-key lookup on the same table.
//   npm run bench:search            (builds first; or: npm run build && node bench/knowledge-search.bench.mjs)
//   options: --articles 100000 --queries 300 --assist (also the inline assist's searches under EXPLAIN ANALYZE); BENCH_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres)
// A throw-away database is created and dropped; figures go to bench/results/knowledge-search.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { everydayQueries, random, syntheticArticles } from './knowledge-search-corpus.mjs';
import { explainAssistSearches } from './knowledge-search-assist.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_P95_MS = 50;
const BATCH = 2_000;

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const articleCount = option('articles', 100_000);
const queryCount = option('queries', 300);

function loadBuild() {
  try {
    require(join(root, 'scripts/dist-paths.cjs'));
    const at = (path) => require(join(root, 'dist/services/knowledge/src', path));
    return {
      persistence: require('@hotline/persistence'),
      contracts: require('@hotline/contracts'),
      app: at('app.module.js'),
      search: at('search/search-articles.use-case.js'),
      searchRepository: at('search/article-search.repository.js'),
      tokenizer: require('@hotline/persistence'), // segmentedDocument, as knowledge segments its articles
      seeds: at('seed/seed-articles.js'),
    };
  } catch (error) {
    console.error('build first: npm run build (or npm run bench:search)');
    console.error(String(error));
    process.exit(1);
  }
}

const INSERT = `
  INSERT INTO knowledge.articles (id, owner_unit_id, title, body, keywords, areas, field, category, status, review_by, version,
                                  search_vector, head_vector, created_at, updated_at)
  SELECT id, owner, title, body, string_to_array(keywords, E'\\x1f'), string_to_array(areas, E'\\x1f'), field, category, status,
         review_by::date, 1, setweight(to_tsvector('simple', head), 'A') || setweight(to_tsvector('simple', terms), 'B'),
         setweight(to_tsvector('simple', head), 'A'), now(), now()
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                $11::text[], $12::text[])
      AS t(id, owner, title, body, keywords, areas, field, category, status, review_by, head, terms)`;

async function load(dataSource, build) {
  const columns = () => Array.from({ length: 12 }, () => []);
  let batch = columns();
  const flush = async () => {
    if (batch[0].length > 0) await dataSource.query(INSERT, batch);
    batch = columns();
  };
  const articles = syntheticArticles(articleCount, {
    seeds: build.seeds.SEED_ARTICLES,
    areas: build.contracts.KNOWLEDGE_AREAS,
    segmentedDocument: build.tokenizer.segmentedDocument,
  });
  for (const a of articles) {
    const values = [
      a.id,
      a.ownerUnitId,
      a.title,
      a.body,
      a.keywords.join('\x1f'),
      a.areas.join('\x1f'),
      a.field,
      a.category,
      a.status,
      a.reviewBy,
      a.headTerms,
      a.bodyTerms,
    ];
    values.forEach((value, column) => batch[column].push(value));
    if (batch[0].length >= BATCH) await flush();
  }
  await flush();
  // Folds the GIN pending lists into the indexes and gathers statistics, as autovacuum would after a bulk load.
  await dataSource.query('VACUUM ANALYZE knowledge.articles');
}

async function timed(runs) {
  const times = [];
  for (const run of runs) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

function percentiles(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (ms) => Math.round(ms * 100) / 100;
  return {
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted[sorted.length - 1]),
    mean: round(times.reduce((s, t) => s + t, 0) / times.length),
    samples: times.length,
  };
}

async function main() {
  const build = loadBuild();
  const { Client } = require('pg');
  const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `hotline_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  let dataSource;
  try {
    const { persistence, app } = build;
    dataSource = await persistence.initializeServiceDataSource(
      persistence.serviceDataSourceOptions({
        service: 'knowledge',
        url: url.toString(),
        entities: app.KNOWLEDGE_ENTITIES,
        migrations: app.KNOWLEDGE_MIGRATIONS,
        settings: app.KNOWLEDGE_CONNECTION_SETTINGS,
        poolSize: 2,
      }),
    );
    const loadStarted = Date.now();
    await load(dataSource, build);
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM knowledge.articles');

    const useCase = new build.search.SearchArticlesUseCase(
      new build.searchRepository.ArticleSearchRepository(dataSource),
    );
    const queries = everydayQueries(queryCount, build.contracts.KNOWLEDGE_AREAS);
    await timed(queries.slice(0, 30).map((query) => () => useCase.execute(query))); // warm-up
    let hits = 0;
    const searchTimes = await timed(
      queries.map((query) => async () => (hits += (await useCase.execute(query)).items.length > 0 ? 1 : 0)),
    );

    const next = random(7);
    const ids = Array.from(
      { length: queryCount },
      () => `bench-${String(Math.floor(next() * count)).padStart(6, '0')}`,
    );
    const lookup = (id) => () =>
      dataSource.query('SELECT id, title, body, areas, status FROM knowledge.articles WHERE id = $1', [id]);
    await timed(ids.slice(0, 30).map(lookup));
    const lookupTimes = await timed(ids.map(lookup));

    const assist = process.argv.includes('--assist') ? await explainAssistSearches(dataSource, build, 100) : undefined;
    const search = percentiles(searchTimes);
    const primaryKeyLookup = percentiles(lookupTimes);
    const result = {
      measuredAt: new Date().toISOString(),
      articles: count,
      loadSeconds,
      queries: queries.length,
      queriesWithHits: hits,
      postgres: (await dataSource.query('SHOW server_version'))[0].server_version,
      search,
      primaryKeyLookup,
      ratio: {
        p50: Math.round((search.p50 / primaryKeyLookup.p50) * 10) / 10,
        p95: Math.round((search.p95 / primaryKeyLookup.p95) * 10) / 10,
      },
      ...(assist ? { assist } : {}),
      targetP95Ms: TARGET_P95_MS,
      meetsTarget: search.p95 < TARGET_P95_MS,
    };
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results/knowledge-search.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`articles ${count} (loaded in ${loadSeconds}s), ${queries.length} queries, ${hits} with hits`);
    console.log(
      `search            p50 ${search.p50} ms  p95 ${search.p95} ms  p99 ${search.p99} ms  (target p95 < ${TARGET_P95_MS} ms: ${result.meetsTarget ? 'met' : 'MISSED'})`,
    );
    console.log(`primary-key read  p50 ${primaryKeyLookup.p50} ms  p95 ${primaryKeyLookup.p95} ms`);
    console.log(`ratio search/pk   p50 ${result.ratio.p50}×  p95 ${result.ratio.p95}×`);
    if (assist) console.log(`inline assist     ${JSON.stringify(assist)}`);
    console.log('written to bench/results/knowledge-search.json');
    if (!result.meetsTarget) process.exitCode = 1;
  } finally {
    await dataSource?.destroy();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
