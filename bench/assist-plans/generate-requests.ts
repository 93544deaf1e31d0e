import { DataSource } from 'typeorm';

/** Xiangtan's five districts and counties, the urban ones busiest (share of requests in percent). */
const DISTRICTS: Array<[string, number]> = [
  ['雨湖区', 30],
  ['岳塘区', 30],
  ['湘潭县', 20],
  ['湘乡市', 12],
  ['韶山市', 8],
];
const MATTERS = [
  '小区路灯坏了一周，晚上出行不便',
  '人行道井盖松动，老人容易绊倒',
  '楼下餐馆油烟扰民',
  '公交站台广告牌破损',
  '小区垃圾清运不及时',
  '夜间施工噪音扰民，影响休息',
  '单位拖欠工资三个月',
  '医保报销进度咨询',
];
const STATUSES = ['archived', 'archived', 'archived', 'completed', 'handling', 'dispatched', 'rejected'];
const CHUNK = 500_000;

const sqlArray = (values: string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(',')}]`;

/**
 * `requests` requests with their work orders over a year into intake's tables, as the city's would stand at its
 * end: about three requests per caller (a tenth of a percent from ten frequent callers), every one in a district,
 * one address of 500 per district. The newest request is received at the returned `now`.
 */
export async function generateRequests(dataSource: DataSource, requests: number): Promise<Date> {
  const now = new Date('2026-12-01T00:00:00+08:00');
  const secondsApart = (365 * 86_400) / requests;
  const districtCase = (() => {
    let upTo = 0;
    const arms = DISTRICTS.map(([name, share]) => `WHEN i % 100 < ${(upTo += share)} THEN '${name}'`);
    return `CASE ${arms.join(' ')} END`;
  })();
  const callers = Math.max(1, Math.floor(requests / 3));
  for (let from = 1; from <= requests; from += CHUNK) {
    const to = Math.min(requests, from + CHUNK - 1);
    await dataSource.query(
      `INSERT INTO intake.requests (id, channel, caller_phone_hash, anonymous, content, type, location, outcome, received_at)
       SELECT gen_random_uuid(), 'phone',
              CASE WHEN i % 1000 = 0 THEN 'frequent-' || (i / 1000) % 10 ELSE 'caller-' || (i::bigint * 2654435761) % ${callers} END,
              false,
              (${sqlArray(MATTERS)})[1 + (i * 7) % ${MATTERS.length}] || '（' || i || '）',
              'complaint',
              jsonb_build_object('district', ${districtCase}, 'address', '建设路' || (i::bigint * 7919) % 500 || '号'),
              'dispatch',
              $1::timestamptz - make_interval(secs => (${requests} - i) * ${secondsApart})
         FROM generate_series(${from}, ${to}) AS i`,
      [now],
    );
  }
  await dataSource.query(
    `INSERT INTO intake.work_orders (id, number, request_id, created_at)
     SELECT gen_random_uuid(), 'XT' || lpad((row_number() OVER (ORDER BY received_at))::text, 10, '0'), id, received_at
       FROM intake.requests`,
  );
  // Intake's copies hold the status (the repeat check reads only that of the copy, not its snapshot).
  await dataSource.query(
    `INSERT INTO intake.work_order_states (id, version, status, state, updated_at)
     SELECT id, 1, (${sqlArray(STATUSES)})[1 + abs(hashtext(request_id::text)) % ${STATUSES.length}], '{}'::jsonb, created_at
       FROM intake.work_orders`,
  );
  return now;
}
