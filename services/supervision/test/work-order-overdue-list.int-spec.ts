import { Actor, domainActorOf } from '@hotline/contracts';
import { workOrderVisibilityOf } from '@hotline/domain';
import { DataSource } from 'typeorm';
import { ListedWorkOrder, ListingQuery, WorkOrderPageRepository } from '../src/work-orders/work-order-page.repository';
import { supervisionWithProducerSuite } from './supervision-with-producer';

const SYNTHETIC_ORDERS = 4_000;
const SUPERVISOR: Actor = { kind: 'user', id: 'sv-1', role: 'supervisor' };
const PAGE = 9;
const DAY_MS = 86_400_000;

describe('the overdue list of every work order, newest first (real Postgres and NATS)', () => {
  const running = supervisionWithProducerSuite('wo-overdue-list');
  let dataSource: DataSource;
  let list: WorkOrderPageRepository;
  // The list is read as of a month from now, so that the deadline watch, which sweeps at the host's time, leaves the
  // deadlines that pass before then unannounced.
  const base = Date.now();
  const listedAt = new Date(base + 30 * DAY_MS);

  beforeAll(async () => {
    dataSource = running.supervision.get(DataSource);
    list = running.supervision.get(WorkOrderPageRepository);
    // Every fifth order finished (an announcement kept from its last deadline on some); of the rest, by i % 4: a
    // running deadline the watch announced overdue, one passed by then but not announced, one not yet passed by then,
    // and a branch order's deadline (watched in the watch's own table, not on the listing).
    await dataSource.query(
      `CREATE TEMP TABLE synthetic AS
       SELECT gen_random_uuid() AS id, i, timestamptz 'epoch' + $1 * interval '1 millisecond' AS base
       FROM generate_series(1, ${SYNTHETIC_ORDERS}) AS i`,
      [base],
    );
    await dataSource.query(`
      CREATE TEMP TABLE shaped AS
      SELECT id, i, base, base - i * interval '37 minutes' AS received_at,
             CASE WHEN i % 5 = 0 THEN NULL
                  WHEN i % 4 = 0 THEN base - (i % 97) * interval '1 hour'
                  WHEN i % 4 = 1 THEN base + (1 + i % 28) * interval '1 day'
                  WHEN i % 4 = 2 THEN base + (31 + i % 20) * interval '1 day'
                  ELSE base + (i % 61 - 30) * interval '1 day' END AS due,
             i % 5 <> 0 AND i % 4 <> 3 AS watched
      FROM synthetic`);
    await dataSource.query(`
      INSERT INTO supervision.work_order_listing (id, type, received_at, current_due, status, lead_unit_id, version,
        state, branch, watch_running, watch_kind, watch_starts_at, watch_due, watch_soon_at, overdue_announced_at)
      SELECT id, 'complaint', received_at, due, CASE WHEN due IS NULL THEN 'closed' ELSE 'handling' END,
             'xt-unit-' || (i % 40), 2, '{}'::jsonb, CASE WHEN due IS NOT NULL AND NOT watched THEN 'xt-water' END,
             watched, CASE WHEN watched OR due IS NULL THEN 'handling' END, received_at,
             CASE WHEN watched OR due IS NULL THEN coalesce(due, received_at + interval '5 days') END,
             CASE WHEN watched THEN due END,
             CASE WHEN watched AND due < base THEN due + interval '1 minute'
                  WHEN due IS NULL AND i % 3 = 0 THEN received_at + interval '6 days' END
      FROM shaped`);
    await dataSource.query('ANALYZE supervision.work_order_listing');
  }, 120_000);

  const overdueQuery = (after?: { at: Date; id: string }): ListingQuery => ({
    filters: { overdue: true },
    order: { sort: 'newest', ...(after ? { after } : {}) },
    visibility: workOrderVisibilityOf(domainActorOf(SUPERVISOR)),
    now: listedAt,
    rows: PAGE + 1,
  });

  it('R23.1 lists every late order once, newest first, whether the watch has announced it or not, and no other', async () => {
    const late: Array<{ id: string }> = await dataSource.query(
      `SELECT id FROM supervision.work_order_listing WHERE coalesce(current_due, 'infinity') <= $1
       ORDER BY received_at DESC, id DESC`,
      [listedAt],
    );
    const seen: ListedWorkOrder[] = [];
    let after: { at: Date; id: string } | undefined;
    let pages = 0;
    for (;;) {
      const rows = await list.page(overdueQuery(after));
      const page = rows.slice(0, PAGE);
      seen.push(...page);
      pages += 1;
      if (rows.length <= PAGE) break;
      const last = page[page.length - 1];
      after = { at: last.receivedAt, id: last.id };
    }

    expect(pages).toBeGreaterThan(50);
    expect(seen.map((row) => row.id)).toEqual(late.map((row) => row.id));
    const [kinds] = await dataSource.query<Array<{ announced: number; unannounced: number; branch: number }>>(
      `SELECT count(*) FILTER (WHERE watch_running AND overdue_announced_at IS NOT NULL)::int AS announced,
              count(*) FILTER (WHERE watch_running AND overdue_announced_at IS NULL)::int AS unannounced,
              count(*) FILTER (WHERE NOT watch_running)::int AS branch
       FROM supervision.work_order_listing WHERE id = ANY($1)`,
      [seen.map((row) => row.id)],
    );
    expect(kinds.announced).toBeGreaterThan(100);
    expect(kinds.unannounced).toBeGreaterThan(100);
    expect(kinds.branch).toBeGreaterThan(100);
  }, 120_000);

  it('R23.1 walks the announced late orders newest first along their own index, and finds the others through theirs', async () => {
    const [sql, parameters] = list.pageQuery(overdueQuery()).getQueryAndParameters();
    const rows: Array<{ 'QUERY PLAN': string }> = await dataSource.query(`EXPLAIN ${sql}`, parameters);
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/Limit.*\n.*Index Scan Backward using "IDX_work_order_listing_announced_late"/);
    expect(plan).toMatch(/"IDX_work_order_listing_watch_overdue"/);
    expect(plan).toMatch(/"IDX_work_order_listing_unwatched_due"/);
  });

  it('R23.1 refuses a listing row whose watched deadline is not its running one, which the list would miss', async () => {
    const refusal: unknown = await dataSource
      .query(
        `INSERT INTO supervision.work_order_listing (id, type, received_at, current_due, status, version, state,
           watch_running, watch_kind, watch_due)
         VALUES (gen_random_uuid(), 'complaint', now(), now() + interval '1 day', 'handling', 2, '{}', true,
           'handling', now() + interval '2 days')`,
      )
      .catch((error: unknown) => error);
    expect(String(refusal)).toContain('CHK_work_order_listing_watched_due');
  });
});
