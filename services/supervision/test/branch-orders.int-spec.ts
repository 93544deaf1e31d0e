import {
  Actor,
  AssessmentView,
  BranchOrderSynced,
  BranchOrderSyncedPayload,
  MonthlyReport,
  MonthlyReportDocument,
  ReportsRpc,
  SupervisionCaseRpc,
  SupervisionRpc,
  UnitRollupRpc,
  WorkOrderDueSoon,
  WorkOrderOverdue,
  WorkOrderFilters,
} from '@hotline/contracts';
import { branchOrderMonthCounts, BranchOrderTimes } from '@hotline/domain';
import { OutboxWriter } from '@hotline/persistence';
import { beijingTime, eventually, publishCreated, publishStep, workOrderJourney } from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DeadlineWatch } from '../src/deadline-watch/deadline-watch';
import { OpenOrdersSnapshotJob } from '../src/reports/open-orders-snapshot.job';
import { supervisionWithProducerSuite } from './supervision-with-producer';

// The branch contract names the answering unit by a uuid of our directory.
const UNIT_ID = randomUUID();
const OTHER_UNIT_ID = randomUUID();
const LINKAGE: Actor = { kind: 'system', id: 'linkage' };
const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const SUPERVISOR: Actor = { kind: 'user', id: 'sv-1', role: 'supervisor' };
const UNIT: Actor = { kind: 'user', id: 'u-1', role: 'unit', unitId: UNIT_ID };
const OTHER_UNIT: Actor = { kind: 'user', id: 'u-2', role: 'unit', unitId: OTHER_UNIT_ID };
const at = beijingTime;

type Order = Omit<BranchOrderSyncedPayload, 'version' | 'status' | 'updatedAt'>;

/** R10.2 branch centres' orders in supervision, from `linkage.branch-order-synced` over real Postgres and NATS. */
describe('branch orders in supervision (real Postgres and NATS)', () => {
  const running = supervisionWithProducerSuite('branch-orders', { HOTLINE_DEADLINE_WATCH_MS: '0' });
  let db: DataSource;

  const order = (branch: string, unitId: string | undefined, accepted: string, due?: string): Order => ({
    id: randomUUID(),
    branch,
    externalId: `EXT-${randomUUID().slice(0, 8)}`,
    number: `${branch}-2026-${Math.floor(Math.random() * 1e6)}`,
    ...(unitId ? { unitId } : {}),
    requestType: 'complaint',
    category: '消费维权',
    district: '雨湖区',
    matter: '超市销售过期食品，要求查处',
    acceptedAt: at(accepted).toISOString(),
    ...(due ? { dueAt: at(due).toISOString() } : {}),
  });

  /** linkage's sync of a version of the order, as the producer's outbox publishes it; answers the event id */
  async function sync(
    base: Order,
    version: number,
    status: BranchOrderSyncedPayload['status'],
    when: string,
    extra: Partial<BranchOrderSyncedPayload> = {},
  ): Promise<string> {
    const payload: BranchOrderSyncedPayload = { ...base, version, status, updatedAt: at(when).toISOString(), ...extra };
    const envelope = await running.producer
      .get(DataSource)
      .transaction((manager) =>
        running.producer
          .get(OutboxWriter)
          .add(manager, BranchOrderSynced, payload, { actor: LINKAGE, workOrderId: base.id, occurredAt: at(when) }),
      );
    return envelope.id;
  }

  const handled = (eventIds: string[]) =>
    eventually(
      () => db.query(`SELECT count(*)::int AS n FROM supervision.inbox WHERE event_id = ANY($1::uuid[])`, [eventIds]),
      (rows: Array<{ n: number }>) => rows[0]?.n === eventIds.length,
      20_000,
    );
  const list = (viewer: Actor, filters: WorkOrderFilters) =>
    running.rpc.request(SupervisionRpc.workOrders, { viewer, filters: { limit: 100, ...filters } });
  const announced = async (subject: string, workOrderId: string) =>
    (
      await db.query(`SELECT count(*)::int AS n FROM supervision.outbox WHERE subject = $1 AND work_order_id = $2`, [
        subject,
        workOrderId,
      ])
    )[0].n as number;

  // A: 12315, open past its due time; B: 12315, closed on time; C: 12333, closed late; D: another unit's; E: no unit.
  let late: Order;
  let onTime: Order;
  let closedLate: Order;
  let othersOrder: Order;
  let nobodys: Order;
  let ours: string;

  beforeAll(async () => {
    db = running.supervision.get(DataSource);
    late = order('12315', UNIT_ID, '2026-03-02 09:00', '2026-03-10 00:00');
    onTime = order('12315', UNIT_ID, '2026-03-03 09:00', '2026-03-12 00:00');
    closedLate = order('12333', UNIT_ID, '2026-03-04 09:00', '2026-03-06 00:00');
    othersOrder = order('12315', OTHER_UNIT_ID, '2026-03-05 09:00', '2026-04-30 00:00');
    nobodys = order('12315', undefined, '2026-03-06 09:00');
    // Version 3 arrives before version 2, and version 3 again: the copy stays at 3.
    const events = [
      await sync(late, 1, 'accepted', '2026-03-02 09:00'),
      await sync(late, 3, 'handling', '2026-03-03 10:00'),
      await sync(late, 2, 'dispatched', '2026-03-02 15:00'),
      await sync(late, 3, 'handling', '2026-03-03 10:00'),
      await sync(onTime, 1, 'handling', '2026-03-03 09:00'),
      await sync(closedLate, 1, 'handling', '2026-03-04 09:00'),
      await sync(othersOrder, 1, 'accepted', '2026-03-05 09:00'),
      await sync(nobodys, 1, 'accepted', '2026-03-06 09:00'),
    ];
    await handled(events);
    // One of ours (another unit's), for the origin filter.
    const { created, transitions } = workOrderJourney([
      [{ event: 'dispatch', leadUnitId: 'xt-cgj' }, OPERATOR, '2026-03-02 09:30'],
    ]);
    await publishCreated(running.producer, created, { number: `XT${Date.now()}` });
    for (const transition of transitions) await publishStep(running.producer, transition, transition.actor);
    ours = created.id;
    await eventually(
      () => db.query(`SELECT status FROM supervision.work_order_listing WHERE id = $1`, [ours]),
      (rows: Array<{ status: string }>) => rows[0]?.status === 'dispatched',
      20_000,
    );
  }, 120_000);

  it('R10.2 keeps the highest version of a branch order: an older or repeated sync changes nothing', async () => {
    const [copy] = await db.query(
      `SELECT version, branch_status, status FROM supervision.branch_orders WHERE id = $1`,
      [late.id],
    );
    expect(copy).toEqual({ version: 3, branch_status: 'handling', status: 'handling' });
    const timeline = await running.rpc.request(SupervisionRpc.timeline, { workOrderId: late.id, viewer: SUPERVISOR });
    expect(timeline.items.map((item) => [item.type, item.summary['version']])).toEqual([
      [BranchOrderSynced.type, 1],
      [BranchOrderSynced.type, 3],
    ]);
  });

  it('R10.2 lists branch orders beside ours, marked, with the branch number and a status a supervisor reads', async () => {
    const page = await list(SUPERVISOR, {});
    const item = page.items.find((listed) => listed.id === late.id);
    expect(item).toMatchObject({
      origin: 'branch',
      branch: '12315',
      number: late.number,
      status: 'handling',
      branchStatus: 'handling',
      leadUnitId: UNIT_ID,
      type: 'complaint',
      district: '雨湖区',
    });
    expect(page.items.find((listed) => listed.id === ours)).toMatchObject({ origin: 'hotline' });
    expect(page.items.find((listed) => listed.id === ours)).not.toHaveProperty('branch');

    const view = await running.rpc.request(SupervisionRpc.workOrder, { workOrderId: late.id, viewer: SUPERVISOR });
    expect(view).toMatchObject({
      id: late.id,
      origin: 'branch',
      number: late.number,
      status: 'handling',
      statusName: '办理中',
      leadUnitId: UNIT_ID,
      branch: { code: '12315', externalId: late.externalId, status: 'handling', matter: late.matter },
    });
    expect(view.branch?.dueAt).toBe('2026-03-10T00:00:00+08:00');
  });

  it('R10.2 filters by origin and by branch centre; the text filter finds a branch order’s matter', async () => {
    const ids = (items: Array<{ id: string }>) => items.map((item) => item.id).sort();
    const branchOnly = await list(SUPERVISOR, { origin: 'branch' });
    expect(ids(branchOnly.items)).toEqual(ids([late, onTime, closedLate, othersOrder, nobodys]));
    const hotlineOnly = await list(SUPERVISOR, { origin: 'hotline' });
    expect(ids(hotlineOnly.items)).toEqual([ours]);
    const of12333 = await list(SUPERVISOR, { branch: '12333' });
    expect(ids(of12333.items)).toEqual([closedLate.id]);
    const found = await list(SUPERVISOR, { text: '过期食品' });
    expect(ids(found.items)).toEqual(ids([late, onTime, closedLate, othersOrder, nobodys]));
  });

  it('R10.2 a unit sees the branch orders it answers for as its own, and no other unit’s', async () => {
    const own = await list(UNIT, { origin: 'branch' });
    expect(own.items.map((item) => item.id).sort()).toEqual([late.id, onTime.id, closedLate.id].sort());
    const other = await list(OTHER_UNIT, {});
    expect(other.items.map((item) => item.id)).toEqual([othersOrder.id]);

    const view = await running.rpc.request(SupervisionRpc.workOrder, { workOrderId: late.id, viewer: UNIT });
    expect(view).toMatchObject({ origin: 'branch', leadUnitId: UNIT_ID });
    const refused = await running.rpc
      .request(SupervisionRpc.workOrder, { workOrderId: late.id, viewer: OTHER_UNIT })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ problem: { statusCode: 403 } });
    const noUnit = await running.rpc
      .request(SupervisionRpc.timeline, { workOrderId: nobodys.id, viewer: UNIT })
      .catch((error: unknown) => error);
    expect(noUnit).toMatchObject({ problem: { statusCode: 403 } });
  });

  it('R10.2 announces an open branch order past its due time overdue once; closing it stops the watch', async () => {
    const watch = running.supervision.get(DeadlineWatch);
    const [row] = await db.query(`SELECT kind, due, running FROM supervision.watched_deadlines WHERE subject_id = $1`, [
      late.id,
    ]);
    expect(row).toEqual({ kind: 'handling', due: at('2026-03-10 00:00'), running: true });

    // B and C close (C after its due time) before the sweep: their watch stops, and neither is announced.
    await handled([
      await sync(onTime, 2, 'closed', '2026-03-05 10:00', { closedAt: at('2026-03-05 10:00').toISOString() }),
      await sync(closedLate, 2, 'closed', '2026-03-09 10:00', { closedAt: at('2026-03-09 10:00').toISOString() }),
    ]);
    const stopped = await db.query(
      `SELECT running FROM supervision.watched_deadlines WHERE subject_id = ANY($1::uuid[])`,
      [[onTime.id, closedLate.id]],
    );
    expect(stopped).toEqual([{ running: false }, { running: false }]);

    await Promise.all([watch.runOnce(at('2026-03-11 09:00')), watch.runOnce(at('2026-03-11 09:00'))]);
    await watch.runOnce(at('2026-03-12 09:00'));
    expect(await announced(WorkOrderOverdue.subject, late.id)).toBe(1);
    expect(await announced(WorkOrderDueSoon.subject, late.id)).toBe(0);
    expect(await announced(WorkOrderOverdue.subject, closedLate.id)).toBe(0);
    expect(await announced(WorkOrderOverdue.subject, othersOrder.id)).toBe(0);
  });

  it('Art. 8(4) R10.2 a unit’s rollup counts the open branch orders it answers for, and those past due', async () => {
    const rollup = await running.rpc.request(UnitRollupRpc.get, {
      viewer: SUPERVISOR,
      unitId: UNIT_ID,
      subordinateUnitIds: [],
    });
    expect(rollup.own).toEqual({ unitId: UNIT_ID, open: 1, overdue: 1 });
  });

  it('R23.1 an overdue branch order opens one system case (trigger 1) for the unit answering for it', async () => {
    const cases = await eventually(
      () =>
        db.query(
          `SELECT c.trigger, c.method, c.status, c.unit_ids, c.opened_at FROM supervision.supervision_cases c
           JOIN supervision.supervision_case_work_orders l ON l.case_id = c.id WHERE l.work_order_id = $1`,
          [late.id],
        ),
      (rows: unknown[]) => rows.length > 0,
      20_000,
    );
    expect(cases).toEqual([
      { trigger: 1, method: 'system', status: 'open', unit_ids: [UNIT_ID], opened_at: at('2026-03-11 09:00') },
    ]);
  });

  it('R23.1 a supervisor opens a case on a branch order; the unit answering for it is the case’s unit', async () => {
    const opened = await running.rpc.request(SupervisionCaseRpc.open, {
      actor: SUPERVISOR,
      body: { workOrderIds: [late.id], trigger: 5, method: 'phone', source: '12315 转来媒体报道', workingDays: 5 },
    });
    expect(opened).toMatchObject({ workOrderIds: [late.id], unitIds: [UNIT_ID], status: 'open', trigger: 5 });
    const cases = await running.rpc.request(SupervisionCaseRpc.list, { viewer: UNIT, filters: {} });
    expect(cases.items.map((item) => item.id)).toContain(opened.id);
    const timeline = await running.rpc.request(SupervisionRpc.timeline, { workOrderId: late.id, viewer: UNIT });
    expect(timeline.items.map((item) => item.summary['caseId'])).toContain(opened.id);
  });

  it('R24.1 R10.2 the 12-month trend counts an earlier month’s branch orders as that month’s own report does', async () => {
    // April first, while March is not frozen yet: its trend reads March from the model and the branch orders
    const april = (await running.rpc.request(ReportsRpc.monthly, { query: { month: '2026-04' } })) as MonthlyReport;
    const march = (await running.rpc.request(ReportsRpc.monthly, { query: { month: '2026-03' } })) as MonthlyReport;
    expect(march.city.counts.branchOrders).toBe(5);
    expect(april.trend.find((row) => row.month === '2026-03')).toMatchObject({
      received: march.city.counts.received,
      completed: march.city.counts.completed,
      // an earlier month the model does not know the open overdue orders of (TrendFigures): on time of completed
      completedOnTimeRate: march.city.counts.completedOnTime / march.city.counts.completed,
    });
  });

  it('R24.1 R25.1 counts branch orders in the month and the assessment of the unit answering for them', async () => {
    const report = (await running.rpc.request(ReportsRpc.monthly, { query: { month: '2026-03' } })) as MonthlyReport;
    const unit = report.units.find((figures) => figures.unitId === UNIT_ID);
    // A open past due, B on time, C late.
    expect(unit?.counts).toMatchObject({
      received: 3,
      branchOrders: 3,
      completed: 2,
      completedOnTime: 1,
      openOverdue: 1,
      overdue: 2,
      supervisionCases: 1,
    });
    expect(unit?.rates['completedOnTimeRate']).toBe(0.3333);
    expect(report.units.find((figures) => figures.unitId === OTHER_UNIT_ID)?.counts).toMatchObject({
      received: 1,
      branchOrders: 1,
      openOverdue: 0,
    });
    // and city-wide, beside the work order of ours
    expect(report.city.counts).toMatchObject({ branchOrders: 5, completed: 2 });
    expect(report.city.counts.received).toBeGreaterThanOrEqual(5);
    // every order received, ours and the branches', is in one group of each breakdown
    for (const dimension of ['type', 'district', 'field'] as const)
      expect(report.breakdowns[dimension].reduce((sum, row) => sum + row.received, 0)).toBe(
        report.city.counts.received,
      );
    expect(report.breakdowns.type.find((row) => row.key === 'complaint')?.received).toBeGreaterThanOrEqual(5);
    expect(report.breakdowns.district.find((row) => row.key === '雨湖区')?.received).toBeGreaterThanOrEqual(5);
    expect(report.definitions.counts.map((count) => count.id)).toContain('branchOrders');
    expect(report.branchOrders).toEqual([
      {
        branch: '12315',
        unitId: null,
        received: 1,
        completed: 0,
        completedOnTime: 0,
        completedLate: 0,
        openOverdue: 0,
      },
      ...[
        {
          branch: '12315',
          unitId: UNIT_ID,
          received: 2,
          completed: 1,
          completedOnTime: 1,
          completedLate: 0,
          openOverdue: 1,
        },
        {
          branch: '12315',
          unitId: OTHER_UNIT_ID,
          received: 1,
          completed: 0,
          completedOnTime: 0,
          completedLate: 0,
          openOverdue: 0,
        },
      ].sort((a, b) => a.unitId.localeCompare(b.unitId)),
      {
        branch: '12333',
        unitId: UNIT_ID,
        received: 1,
        completed: 1,
        completedOnTime: 0,
        completedLate: 1,
        openOverdue: 0,
      },
    ]);

    // The SQL counts as branchOrderMonthCounts of @hotline/domain does, on the same orders.
    const stored: Array<{ branch: string; unitId: string | null } & BranchOrderTimes> = await db.query(
      `SELECT branch, unit_id AS "unitId", branch_status AS status, accepted_at AS "acceptedAt", due_at AS "dueAt",
              closed_at AS "closedAt" FROM supervision.branch_orders`,
    );
    const [start, end] = [at('2026-03-01 00:00'), at('2026-04-01 00:00')];
    const byDomain = (branch: string, unitId: string | null) =>
      branchOrderMonthCounts(
        stored.filter((row) => row.branch === branch && row.unitId === unitId),
        start,
        end,
        end,
      );
    for (const group of report.branchOrders ?? [])
      expect(group).toEqual({ branch: group.branch, unitId: group.unitId, ...byDomain(group.branch, group.unitId) });

    // the 通报 marks them: a column of the CSV, a section of the printable report
    const csv = (await running.rpc.request(ReportsRpc.monthly, {
      query: { month: '2026-03', format: 'csv' },
    })) as MonthlyReportDocument;
    const [header, ...lines] = csv.body.split('\r\n');
    const column = header.split(',').indexOf('分中心工单');
    expect(column).toBeGreaterThan(0);
    expect(lines.find((line) => line.includes(UNIT_ID))?.split(',')[column]).toBe('3');
    const html = (await running.rpc.request(ReportsRpc.monthly, {
      query: { month: '2026-03', format: 'html' },
    })) as MonthlyReportDocument;
    expect(html.body).toContain('分中心工单（纳入考核督办）');
    expect(html.body).toContain(`<td>12333</td><td>${UNIT_ID}</td><td>1</td><td>1</td><td>0</td><td>1</td>`);

    const assessment = (await running.rpc.request(ReportsRpc.assessment, {
      query: { period: '2026-03' },
    })) as AssessmentView;
    const scored = assessment.units.find((figures) => figures.unitId === UNIT_ID);
    expect(scored?.breakdown.find((line) => line.indicator === 'completedOnTimeRate')?.value).toBe(0.3333);
    expect(scored?.deductions.find((line) => line.count === 'supervisionCases')).toMatchObject({ value: 1 });
  });

  it('R24.1 R10.2 a sync that changes a frozen month is noted as its correction; the published figures stay', async () => {
    const month = async () =>
      (await running.rpc.request(ReportsRpc.monthly, { query: { month: '2026-03' } })) as MonthlyReport;
    const before = await month();
    expect(before.frozenAt).toBeDefined();
    const eventId = await sync(othersOrder, 2, 'closed', '2026-03-20 10:00', {
      closedAt: at('2026-03-20 10:00').toISOString(),
    });
    await handled([eventId]);
    const after = await month();
    expect(after.corrections).toContainEqual(
      expect.objectContaining({ eventId, workOrderId: othersOrder.id, step: 'branch:closed', unitId: OTHER_UNIT_ID }),
    );
    expect(after.city).toEqual(before.city);
    expect(after.branchOrders).toEqual(before.branchOrders);
  });

  it('R24.1 R10.2 the daily snapshot of open orders holds the branch orders open at the day’s end, under their unit', async () => {
    const job = running.supervision.get(OpenOrdersSnapshotJob);
    await job.snapshotDayBefore(at('2026-03-12 01:00'));
    const rows: Array<{ id: string; unit: string | null; overdue: boolean }> = await db.query(
      `SELECT work_order_id AS id, unit_id AS unit, overdue FROM supervision.report_open_days WHERE day = '2026-03-11'`,
    );
    const of = (order: Order) => rows.find((row) => row.id === order.id);
    expect(of(late)).toEqual({ id: late.id, unit: UNIT_ID, overdue: true });
    expect(of(othersOrder)).toEqual({ id: othersOrder.id, unit: OTHER_UNIT_ID, overdue: false });
    expect(of(nobodys)).toMatchObject({ unit: null, overdue: false });
  });

  // Last: another order, of a year before, that the filters and counts above do not expect.
  it('R10.2 a due time the branch moves is a new deadline, announced afresh; closed, the watch stops', async () => {
    const watch = running.supervision.get(DeadlineWatch);
    const moved = order('12366', undefined, '2025-06-02 09:00', '2025-06-10 00:00');
    await handled([await sync(moved, 1, 'handling', '2025-06-02 09:00')]);
    await watch.runOnce(at('2025-06-08 12:00'));
    expect(await announced(WorkOrderDueSoon.subject, moved.id)).toBe(1);

    await handled([
      await sync(moved, 2, 'handling', '2025-06-09 10:00', { dueAt: at('2025-06-20 00:00').toISOString() }),
    ]);
    const [row] = await db.query(
      `SELECT due, due_soon_announced_at, running FROM supervision.watched_deadlines WHERE subject_id = $1`,
      [moved.id],
    );
    expect(row).toEqual({ due: at('2025-06-20 00:00'), due_soon_announced_at: null, running: true });
    await watch.runOnce(at('2025-06-11 09:00'));
    expect(await announced(WorkOrderOverdue.subject, moved.id)).toBe(0);
    await watch.runOnce(at('2025-06-20 01:00'));
    await watch.runOnce(at('2025-06-21 01:00'));
    expect(await announced(WorkOrderOverdue.subject, moved.id)).toBe(1);

    await handled([
      await sync(moved, 3, 'closed', '2025-06-22 10:00', { closedAt: at('2025-06-22 10:00').toISOString() }),
    ]);
    const [stopped] = await db.query(`SELECT running FROM supervision.watched_deadlines WHERE subject_id = $1`, [
      moved.id,
    ]);
    expect(stopped).toEqual({ running: false });
  });
});
