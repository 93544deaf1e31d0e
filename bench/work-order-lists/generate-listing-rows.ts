import { DataSource } from 'typeorm';

/**
 * Words of citizens' matters, the first ones far more frequent than the last (a word's rank sets its share); each
 * matter also names a place and a house number.
 */
const VOCABULARY = [
  '噪音 扰民 物业 停水 停电 路灯 垃圾 占道 施工 欠薪 小区 道路 漏水 公交 学校 医院 燃气',
  '井盖 违建 油烟 积水 电梯 绿化 停车 供暖 农贸 市场 餐馆 养老 医保 社保 户籍 教育 拆迁',
  '补偿 环保 排污 粉尘 渣土 夜间 广场舞 宠物 流浪狗 窨井 消防通道 快递 外卖 网约车 出租车',
  '共享单车 充电桩 公厕 菜市场 农民工 工资 劳动合同 退休金 低保 残疾人 公积金 不动产 房产证',
  '学位 校车 食堂 食品安全 药店 诊所 疫苗 预约 挂号 核酸 水费 电费 燃气费 物业费 维修基金',
  '装修 楼道 堆物 违停 红绿灯 斑马线 隔离栏 桥梁 河道 湘江 防汛 山塘 林地 耕地 秸秆 焚烧',
  '养殖 异味 光污染 电磁 基站 信号',
].flatMap((line) => line.split(' '));
/** What the bench searches for: frequent, middling and rare words. */
export const LIST_BENCH_WORDS = '噪音 垃圾 电梯 充电桩 维修基金 光污染 秸秆 山塘 基站 校车'.split(' ');

const CHUNK = 500_000;

/**
 * A snapshot of `bytes` of JSON (a city's is about 2 kB: the matter, the units and the steps with their ids, times,
 * actors and notes), so that the listing's heap is as wide as it will be: a list that walks rows pays for their width.
 * The steps are a slice of random text (the session's `noise`), which compresses as little as ids and times do.
 */
function snapshotOf(bytes: number): string {
  if (bytes === 0) return `'{}'::jsonb`;
  return `jsonb_build_object('id', id, 'status', status, 'leadUnitId', lead_unit_id, 'coUnitIds', co_unit_ids,
    'request', jsonb_build_object('content', words, 'receivedAt', received_at),
    'history', substr((SELECT text FROM noise), 1 + (r % 2500)::int, ${Math.max(0, bytes - 300)}))`;
}

export interface GeneratedPeriod {
  start: Date;
  now: Date;
}

/**
 * `orders` work orders over half a year into supervision's listing and copy, as a city's would stand at its end:
 * most finished, those of the last twelve days mostly open (one in fifty of them late), a few old ones still open and
 * long overdue; `units` lead units of very different sizes, 8 % with a co-handling unit; a rare status
 * (return-requested) on half a percent of the open ones. The deadline watch's columns are as its sweep leaves them.
 */
export async function generateListingRows(
  dataSource: DataSource,
  orders: number,
  units: number,
  snapshotBytes: number,
): Promise<GeneratedPeriod> {
  const start = new Date('2026-04-01T00:00:00+08:00');
  const days = 182;
  const now = new Date(start.getTime() + days * 86_400_000);
  const vocabulary = `ARRAY[${VOCABULARY.map((word) => `'${word}'`).join(',')}]`;
  // one connection: the generated rows of a chunk are a temporary table of its session
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // long enough for a slice of the snapshot's length from any of 2,500 starting points (32 characters per md5)
    const noiseHashes = Math.ceil((snapshotBytes + 2_500) / 32);
    await runner.query(
      `CREATE TEMP TABLE noise AS SELECT string_agg(md5(random()::text), '') AS text FROM generate_series(1, ${noiseHashes})`,
    );
    for (let from = 1; from <= orders; from += CHUNK) {
      const to = Math.min(orders, from + CHUNK - 1);
      await runner.query(`
      CREATE TEMP TABLE generated AS
      WITH base AS (
        SELECT i, gen_random_uuid() AS id, (i::bigint * 2654435761) % 1000003 AS r,
               timestamptz '${start.toISOString()}' + (i::double precision / ${orders}) * interval '${days} days' AS received_at
        FROM generate_series(${from}, ${to}) AS i
      ), shaped AS (
        SELECT *,
               (received_at > timestamptz '${now.toISOString()}' - interval '12 days' AND r % 10 < 7) OR r % 2000 = 0 AS open,
               (SELECT string_agg((${vocabulary})[1 + floor(${VOCABULARY.length} * power(random(), 2.5))::int], ' ')
                FROM generate_series(1, 8) WHERE i IS NOT NULL)
               -- and where: a place among thousands and a house number, the long tail of a city's words
               || ' 地点' || (r % 20000) || ' 门牌' || (i % 997) AS words
        FROM base
      )
      SELECT *,
             CASE WHEN open THEN
               CASE WHEN r % 200 = 3 THEN 'return-requested' WHEN r % 100 < 50 THEN 'handling'
                    WHEN r % 100 < 75 THEN 'dispatched' WHEN r % 100 < 90 THEN 'replied' ELSE 'extension-requested' END
             ELSE
               CASE WHEN r % 100 < 70 THEN 'closed' WHEN r % 100 < 88 THEN 'closed-online'
                    WHEN r % 100 < 93 THEN 'rejected' ELSE 'completed' END
             END AS status,
             -- a few large units (district governments) and many small ones
             'xt-unit-' || floor(${units} * power((r % 100003) / 100003.0, 2))::int AS unit
      FROM shaped`);
      await runner.query(`
      CREATE TEMP TABLE units AS
      SELECT *,
             CASE WHEN status IN ('closed-online', 'rejected') THEN NULL ELSE unit END AS lead_unit_id,
             CASE WHEN r % 100 < 8 AND status NOT IN ('closed-online', 'rejected')
                  THEN ARRAY['xt-unit-' || ((r / 7) % ${units})] ELSE '{}'::text[] END AS co_unit_ids,
             CASE WHEN NOT open THEN NULL WHEN r % 50 = 1 THEN received_at + interval '3 days'
                  ELSE received_at + interval '15 days' END AS due
      FROM generated`);
      await runner.query(`
      INSERT INTO supervision.work_order_listing (id, number, type, district, category, received_at, current_due,
                                                  request, search_terms, status, lead_unit_id, co_unit_ids, version, state,
                                                  watch_running, watch_kind, watch_starts_at, watch_due, watch_soon_at,
                                                  overdue_announced_at)
      SELECT id, 'XT' || to_char(received_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || lpad((i % 1000000)::text, 6, '0'),
             'complaint', '雨湖区', '市容环境', received_at, due,
             jsonb_build_object('content', replace(words, ' ', ''), 'channel', 'phone', 'type', 'complaint',
                                'location', jsonb_build_object('district', '雨湖区'), 'receivedAt', received_at),
             words, status, lead_unit_id, co_unit_ids, 6, ${snapshotOf(snapshotBytes)},
             -- the deadline watch's columns as its sweep leaves them: a passed deadline announced seconds after it
             due IS NOT NULL, 'handling', received_at, due, received_at + (due - received_at) * 0.75,
             CASE WHEN due + interval '5 seconds' <= timestamptz '${now.toISOString()}' THEN due + interval '5 seconds' END
      FROM units`);
      await runner.query('DROP TABLE units');
      await runner.query('DROP TABLE generated');
    }
  } finally {
    await runner.release();
  }
  return { start, now };
}
