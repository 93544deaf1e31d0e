import { Actor, domainActorOf, SupervisionRpc, WorkOrderListItem } from '@hotline/contracts';
import { workOrderVisibilityOf } from '@hotline/domain';
import { writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { WorkOrderPageRepository } from '../src/work-orders/work-order-page.repository';
import { supervisionWithProducerSuite } from './supervision-with-producer';

const SYNTHETIC_ORDERS = 4_000;
const UNIT: Actor = { kind: 'user', id: 'h-7', role: 'unit', unitId: 'xt-unit-7' };
const SUPERVISOR: Actor = { kind: 'user', id: 'sv-1', role: 'supervisor' };
const PAGE = 9;

describe('the work-order list in deadline order, across pages (real Postgres and NATS)', () => {
  const running = supervisionWithProducerSuite('wo-due-order');
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = running.supervision.get(DataSource);
    await dataSource.query(
      `CREATE TEMP TABLE synthetic AS SELECT gen_random_uuid() AS id, i FROM generate_series(1, ${SYNTHETIC_ORDERS}) AS i`,
    );
    // Deadlines an hour apart over a few weeks, so that many orders share one; every seventh has none running.
    // Each order led by one of 40 units; every ninth co-handled by xt-unit-7.
    await dataSource.query(`
      INSERT INTO supervision.work_order_listing (id, number, type, district, category, received_at, current_due, request, status, lead_unit_id, co_unit_ids, version, state)
      SELECT id, NULL, 'complaint', '雨湖区', '市容环境', timestamptz '2026-09-01 08:00+08' + i * interval '5 minutes',
             CASE WHEN i % 7 = 0 THEN NULL ELSE timestamptz '2026-10-01 09:00+08' + (i % 300) * interval '1 hour' END, NULL,
             'handling', 'xt-unit-' || (i % 40), CASE WHEN i % 9 = 0 THEN '{xt-unit-7}'::text[] ELSE '{}' END,
             2, '{}'::jsonb
      FROM synthetic`);
    await dataSource.query('ANALYZE supervision.work_order_listing, supervision.work_order_co_handling');
  }, 120_000);

  /** Every page of the list with `sort=due` as `viewer` sees it, following nextCursor to the end. */
  async function everyPage(viewer: Actor): Promise<{ items: WorkOrderListItem[]; pages: number }> {
    const items: WorkOrderListItem[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await running.rpc.request(SupervisionRpc.workOrders, {
        viewer,
        filters: { sort: 'due', limit: PAGE, ...(cursor ? { cursor } : {}) },
      });
      items.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    return { items, pages };
  }

  it('R14.1 gives a unit every one of its work orders once, nearest deadline first and those without one last', async () => {
    const handled: Array<{ id: string; current_due: Date | null }> = await dataSource.query(`
      SELECT l.id, l.current_due FROM supervision.work_order_listing l
      WHERE l.lead_unit_id = 'xt-unit-7' OR 'xt-unit-7' = ANY(l.co_unit_ids)`);
    const dueOf = (row: { current_due: Date | null }) => row.current_due?.getTime() ?? Number.POSITIVE_INFINITY;
    const expected = [...handled].sort((a, b) => dueOf(a) - dueOf(b) || (a.id < b.id ? -1 : 1)).map((row) => row.id);

    const { items, pages } = await everyPage(UNIT);

    expect(pages).toBeGreaterThan(10);
    expect(handled.some((row) => row.current_due === null)).toBe(true);
    expect(items.map((item) => item.id)).toEqual(expected);
    const dues = items.map((item) => (item.due ? Date.parse(item.due) : Number.POSITIVE_INFINITY));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  }, 120_000);

  it('R14.1 refuses a cursor of the newest-first order in deadline order, naming the field', async () => {
    const newest = await running.rpc.request(SupervisionRpc.workOrders, { viewer: UNIT, filters: { limit: PAGE } });
    const refusal: unknown = await running.rpc
      .request(SupervisionRpc.workOrders, {
        viewer: UNIT,
        filters: { sort: 'due', limit: PAGE, cursor: newest.nextCursor },
      })
      .catch((error: unknown) => error);
    expect(refusal).toMatchObject({ problem: { statusCode: 400 } });
    expect(JSON.stringify(refusal)).toContain('cursor');
  });

  it(`R14.1 starts a page deep in deadline order at its cursor in the due index, among ${SYNTHETIC_ORDERS.toLocaleString('en')} work orders`, async () => {
    const list = running.supervision.get(WorkOrderPageRepository);
    const [sql, parameters] = list
      .pageQuery({
        filters: {},
        order: {
          sort: 'due',
          after: { due: new Date('2026-10-05T09:00:00+08:00'), id: '00000000-0000-4000-8000-000000000000' },
        },
        visibility: workOrderVisibilityOf(domainActorOf(SUPERVISOR)),
        now: new Date(),
        rows: PAGE + 1,
      })
      .getQueryAndParameters();
    const rows: Array<{ 'QUERY PLAN': string }> = await dataSource.query(`EXPLAIN ${sql}`, parameters);
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    if (process.env['HOTLINE_PLAN_FILE']) writeFileSync(process.env['HOTLINE_PLAN_FILE'], plan);
    // The cursor is where the scan of the index starts (an Index Cond), not a filter over the rows before it.
    expect(plan).toMatch(
      /Index Scan using "IDX_work_order_listing_due_order".*\n\s*Index Cond: \(ROW\(COALESCE\(current_due/,
    );
  });

  it(`R14.1 reads a unit's page in deadline order from its own index, not from every order the unit has`, async () => {
    const list = running.supervision.get(WorkOrderPageRepository);
    const [sql, parameters] = list
      .pageQuery({
        filters: {},
        order: { sort: 'due' },
        visibility: workOrderVisibilityOf(domainActorOf(UNIT)),
        now: new Date(),
        rows: PAGE + 1,
      })
      .getQueryAndParameters();
    const rows: Array<{ 'QUERY PLAN': string }> = await dataSource.query(`EXPLAIN ${sql}`, parameters);
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    // the orders it leads along (lead unit, deadline), cut at the page's length before the co-handled ones join them
    expect(plan).toMatch(
      /Limit.*\n.*Index Scan using "IDX_work_order_listing_lead_due".*\n\s*Index Cond: \(\(lead_unit_id\)::text = /,
    );
    // and those it co-handles along its co-handling rows' (unit, deadline): the listing's GIN index cannot order them
    expect(plan).toMatch(
      /Limit.*\n.*Nested Loop.*\n.*Index (Only )?Scan using "IDX_work_order_co_handling_due".*\n\s*Index Cond: \(unit_id = /,
    );
  });

  it('R15.5 keeps a co-handling row per co unit of an order, following its units and its running deadline', async () => {
    const coRows = (id: string) =>
      dataSource.query<Array<{ unit_id: string; due_order: Date; received_at: Date }>>(
        `SELECT unit_id, due_order, received_at FROM supervision.work_order_co_handling
         WHERE work_order_id = $1 ORDER BY unit_id`,
        [id],
      );
    const [order] = await dataSource.query<Array<{ id: string; received_at: Date }>>(
      `SELECT id, received_at FROM supervision.work_order_listing WHERE co_unit_ids = '{xt-unit-7}' LIMIT 1`,
    );
    const due = new Date('2026-10-20T09:00:00+08:00');
    await dataSource.query(
      `UPDATE supervision.work_order_listing SET co_unit_ids = '{xt-unit-8,xt-unit-9}', current_due = $2 WHERE id = $1`,
      [order.id, due],
    );
    expect(await coRows(order.id)).toEqual([
      { unit_id: 'xt-unit-8', due_order: due, received_at: order.received_at },
      { unit_id: 'xt-unit-9', due_order: due, received_at: order.received_at },
    ]);

    // finished: no deadline runs, so it sorts last in every co unit's deadline order
    await dataSource.query(`UPDATE supervision.work_order_listing SET current_due = NULL WHERE id = $1`, [order.id]);
    const finished = await dataSource.query<Array<{ unit_id: string; running: boolean }>>(
      `SELECT unit_id, isfinite(due_order) AS running FROM supervision.work_order_co_handling
       WHERE work_order_id = $1 ORDER BY unit_id`,
      [order.id],
    );
    expect(finished).toEqual([
      { unit_id: 'xt-unit-8', running: false },
      { unit_id: 'xt-unit-9', running: false },
    ]);

    await dataSource.query(`UPDATE supervision.work_order_listing SET co_unit_ids = '{xt-unit-7}' WHERE id = $1`, [
      order.id,
    ]);
    expect((await coRows(order.id)).map((row) => row.unit_id)).toEqual(['xt-unit-7']);
  });
});
