import {
  Actor,
  domainActorOf,
  stepEventOf,
  SupervisionRpc,
  WorkOrderCreated,
  WorkOrderRequest,
} from '@hotline/contracts';
import { applyWorkOrderCommand, WorkOrder, workOrderToJson, workOrderVisibilityOf } from '@hotline/domain';
import { OutboxWriter, stepPayload } from '@hotline/persistence';
import { beijingTime, eventually } from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { WorkOrderPageRepository } from '../src/work-orders/work-order-page.repository';
import { acceptedForDispatch, supervisionWithProducerSuite } from './supervision-with-producer';

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const LEAD: Actor = { kind: 'user', id: 'h-1', role: 'unit', unitId: 'xt-yuhu' };
const STRANGER: Actor = { kind: 'user', id: 'h-3', role: 'unit', unitId: 'xt-yuetang' };
const SUPERVISOR: Actor = { kind: 'user', id: 'sv-1', role: 'supervisor' };
const at = beijingTime;
const SYNTHETIC_ORDERS = 100_000;
const COMMON_WORDS = (
  '小区 路灯 坏 一周 人行道 井盖 松动 楼下 餐馆 油烟 扰民 公交 站台 广告牌 破损 垃圾 清运 及时 噪音 施工 夜间 停水 停电 物业 收费 违章 停车 ' +
  '占道 经营 积水 下水道 堵塞 绿化 树木 倒伏 学校 周边 交通 拥堵 医保 报销 社保 缴费 公积金 提取 户籍 办理 房屋 漏水 燃气 异味 宠物 空调 外机 噪声 维修'
).split(' ');

describe('the matter on supervision’s work orders, and the text filter (real Postgres and NATS)', () => {
  const running = supervisionWithProducerSuite('wo-matter');

  const matterOf = (content: string, receivedAt: Date): WorkOrderRequest => ({
    content,
    channel: 'phone',
    type: 'complaint',
    category: '市容环境',
    location: { district: '雨湖区', street: '城正街街道', address: '建设北路12号', lat: 27.86, lng: 112.9 },
    receivedAt: receivedAt.toISOString(),
  });

  /** intake's `created` (with the matter) and dispatch's `assigned` to xt-yuhu; resolves when the view shows both. */
  async function dispatchedWith(content: string, number: string): Promise<WorkOrder> {
    const awaiting = acceptedForDispatch('2026-09-30 09:00', '2026-09-30 09:01');
    const dispatched = applyWorkOrderCommand(
      awaiting,
      { event: 'dispatch', leadUnitId: 'xt-yuhu' },
      { actor: { role: 'operator', id: 'op-1' }, now: at('2026-09-30 10:00') },
    );
    const request = matterOf(content, awaiting.receivedAt);
    await running.producer.get(DataSource).transaction(async (manager) => {
      const outbox = running.producer.get(OutboxWriter);
      const meta = { actor: OPERATOR, workOrderId: awaiting.id, occurredAt: awaiting.receivedAt };
      await outbox.add(
        manager,
        WorkOrderCreated,
        {
          workOrderId: awaiting.id,
          number,
          requestId: randomUUID(),
          channel: 'phone',
          type: 'complaint',
          status: awaiting.status,
          receivedAt: request.receivedAt,
          request,
          state: workOrderToJson(awaiting),
        },
        meta,
      );
      await outbox.add(manager, stepEventOf('dispatch'), stepPayload(dispatched), {
        ...meta,
        occurredAt: dispatched.step.at,
      });
    });
    await eventually(
      () =>
        running.rpc
          .request(SupervisionRpc.workOrder, { workOrderId: awaiting.id, viewer: SUPERVISOR })
          .catch(() => null),
      (view) => view?.status === 'dispatched' && view.request !== undefined,
    );
    return dispatched.order;
  }

  it('R14.1 serves the matter on the view, the list and the timeline, to the unit that handles it and to no other', async () => {
    const order = await dispatchedWith('建设北路路灯不亮已经三天', 'XT20260930000101');
    const expected = matterOf('建设北路路灯不亮已经三天', order.receivedAt);
    await expect(
      running.rpc.request(SupervisionRpc.workOrder, { workOrderId: order.id, viewer: LEAD }),
    ).resolves.toMatchObject({ request: expected, district: '雨湖区' });
    const timeline = await running.rpc.request(SupervisionRpc.timeline, { workOrderId: order.id, viewer: LEAD });
    expect(timeline.request).toEqual(expected);
    // the content is kept once, on the listing: the created step's entry does not repeat it
    expect(JSON.stringify(timeline.items)).not.toContain('路灯不亮');
    const listed = await running.rpc.request(SupervisionRpc.workOrders, { viewer: LEAD, filters: { limit: 200 } });
    expect(listed.items.find((item) => item.id === order.id)).toMatchObject({
      number: 'XT20260930000101',
      request: expected,
    });
    await expect(
      running.rpc.request(SupervisionRpc.workOrder, { workOrderId: order.id, viewer: STRANGER }),
    ).rejects.toMatchObject({ problem: { statusCode: 403 } });
    await expect(
      running.rpc.request(SupervisionRpc.timeline, { workOrderId: order.id, viewer: STRANGER }),
    ).rejects.toMatchObject({ problem: { statusCode: 403 } });
    const strangers = await running.rpc.request(SupervisionRpc.workOrders, {
      viewer: STRANGER,
      filters: { text: '路灯' },
    });
    expect(strangers.items).toEqual([]);
  });

  it('R14.1 finds work orders by words of their content and by their number or a part of it', async () => {
    const noise = await dispatchedWith('楼下餐馆油烟扰民', 'XT20260930000201');
    const lamp = await dispatchedWith('桃花路口信号灯坏了，晚上很危险', 'XT20260930000202');
    const ids = async (text: string) =>
      (await running.rpc.request(SupervisionRpc.workOrders, { viewer: SUPERVISOR, filters: { text } })).items.map(
        (item) => item.id,
      );
    expect(await ids('信号灯')).toEqual([lamp.id]);
    expect(await ids('桃花 信号灯坏了')).toEqual([lamp.id]);
    expect(await ids('油烟')).toEqual([noise.id]);
    expect(await ids('信号灯 油烟')).toEqual([]);
    expect(await ids('XT20260930000202')).toEqual([lamp.id]);
    expect(await ids('0930000201')).toEqual([noise.id]);
    expect(await ids('xt2026093000020')).toEqual(expect.arrayContaining([noise.id, lamp.id]));
    const unit = await running.rpc.request(SupervisionRpc.workOrders, { viewer: LEAD, filters: { text: '油烟' } });
    expect(unit.items.map((item) => item.id)).toEqual([noise.id]);
  });

  it(`R14.1 searches ${SYNTHETIC_ORDERS.toLocaleString('en')} work orders through the text indexes, never a scan of the table`, async () => {
    const target = await dispatchedWith('岳塘区某小区电梯困人无人处理', 'XT20260930000301');
    const dataSource = running.supervision.get(DataSource);
    await dataSource.query(
      `CREATE TEMP TABLE synthetic AS SELECT gen_random_uuid() AS id, i FROM generate_series(1, ${SYNTHETIC_ORDERS}) AS i`,
    );
    // Contents of 3 to 5 words over a long tail, as callers' words are: some words common, most rare.
    await dataSource.query(
      `
      INSERT INTO supervision.work_order_listing (id, number, type, district, category, received_at, current_due, status, lead_unit_id, request, search_terms, version, state)
      SELECT id, 'XT' || to_char(date '2025-01-01' + i / 1000, 'YYYYMMDD') || lpad((i % 1000 + 1)::text, 6, '0'), 'complaint', '雨湖区', '市容环境',
             timestamptz '2025-01-01 08:00+08' + i * interval '5 minutes', NULL, 'dispatched', 'xt-unit-' || (i % 40),
             jsonb_build_object('content', terms, 'channel', 'phone', 'type', 'complaint', 'location', '{}'::jsonb, 'receivedAt', '2025-01-01T00:00:00.000Z'),
             terms, 2, '{}'::jsonb
      FROM synthetic, LATERAL (SELECT concat_ws(' ', ($1::text[])[1 + i % cardinality($1::text[])], ($1::text[])[1 + (i / 57) % cardinality($1::text[])], '地点' || (i % 3000), '门牌' || (i % 997)) AS terms) t`,
      [COMMON_WORDS],
    );
    await dataSource.query('ANALYZE supervision.work_order_listing');

    const list = running.supervision.get(WorkOrderPageRepository);
    const planOf = async (text: string): Promise<string> => {
      const [sql, parameters] = list
        .pageQuery({
          filters: { text },
          visibility: workOrderVisibilityOf(domainActorOf(SUPERVISOR)),
          now: new Date(),
          rows: 51,
        })
        .getQueryAndParameters();
      const rows: Array<{ 'QUERY PLAN': string }> = await dataSource.query(
        `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
        parameters,
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    };
    const byWords = await planOf('电梯困人');
    const byNumber = await planOf('20250115000042');
    // A word in every fifty-seventh order: the newest of them come first along the received_at index.
    const byCommonWord = await planOf('油烟');
    const plans = `-- text=电梯困人\n${byWords}\n\n-- text=20250115000042\n${byNumber}\n\n-- text=油烟\n${byCommonWord}\n`;
    if (process.env['HOTLINE_PLAN_FILE']) writeFileSync(process.env['HOTLINE_PLAN_FILE'], plans);
    expect(byWords).toContain('Bitmap Index Scan on "IDX_work_order_listing_search"');
    expect(byNumber).toMatch(/Index Scan on "IDX_work_order_listing_number_suffix"/);
    expect(byCommonWord).toContain('Index Scan Backward using "IDX_work_order_listing_received"');
    expect(plans).not.toMatch(/Seq Scan/);

    const found = await running.rpc.request(SupervisionRpc.workOrders, {
      viewer: SUPERVISOR,
      filters: { text: '电梯困人' },
    });
    expect(found.items.map((item) => item.id)).toEqual([target.id]);
    const numbered = await running.rpc.request(SupervisionRpc.workOrders, {
      viewer: SUPERVISOR,
      filters: { text: '20250115000042' },
    });
    expect(numbered.items.map((item) => item.number)).toEqual(['XT20250115000042']);
  }, 240_000);
});
