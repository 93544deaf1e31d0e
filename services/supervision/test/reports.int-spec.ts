import { Actor, MonthlyReport, MonthlyReportDocument, ReportsRpc } from '@hotline/contracts';
import { WorkOrderCommand } from '@hotline/domain';
import { eventually, JourneyStep, publishCreated, publishStep, workOrderJourney } from '@hotline/testing';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { OpenOrdersSnapshotJob } from '../src/reports/open-orders-snapshot.job';
import { OpenOrdersSnapshotRepository } from '../src/reports/open-orders-snapshot.repository';
import { RebuildReportModelUseCase } from '../src/reports/rebuild-report-model.use-case';
import { supervisionWithProducerSuite } from './supervision-with-producer';

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const REVIEWER: Actor = { kind: 'user', id: 'rv-1', role: 'reviewer' };
const ADMIN: Actor = { kind: 'user', id: 'ad-1', role: 'admin' };
const unit = (unitId: string): Actor => ({ kind: 'user', id: `${unitId}-h`, role: 'unit', unitId });
const A = unit('xt-rpa');
const B = unit('xt-rpb');
const REPLY = (at: string) => ({
  handledBy: '经办人 王强',
  handledAt: new Date(`${at.replace(' ', 'T')}:00+08:00`),
  process: '现场核查',
  result: '已处理',
  callerContacted: true,
  contactMethod: 'phone',
  outcome: 'solved' as const,
});
const step = (command: WorkOrderCommand, actor: Actor, at: string): JourneyStep => [command, actor, at];

/** Four October orders: done and satisfied; unsatisfied with an approved appeal; open overdue; returned and redone. */
const JOURNEYS: JourneyStep[][] = [
  [
    step({ event: 'dispatch', leadUnitId: 'xt-rpa' }, OPERATOR, '2026-10-12 09:30'),
    step({ event: 'sign' }, A, '2026-10-12 11:00'),
    step({ event: 'submit-reply', reply: REPLY('2026-10-13 09:00') }, A, '2026-10-13 10:00'),
    step({ event: 'pass-reply' }, REVIEWER, '2026-10-13 15:00'),
    step({ event: 'record-callback', satisfaction: 'satisfied', contacted: true }, REVIEWER, '2026-10-14 10:00'),
  ],
  [
    step({ event: 'dispatch', leadUnitId: 'xt-rpa' }, OPERATOR, '2026-10-12 09:30'),
    step({ event: 'sign' }, A, '2026-10-12 11:00'),
    step({ event: 'submit-reply', reply: REPLY('2026-10-13 09:00') }, A, '2026-10-13 10:00'),
    step({ event: 'pass-reply' }, REVIEWER, '2026-10-13 15:00'),
    step(
      {
        event: 'record-callback',
        satisfaction: 'unsatisfied',
        contacted: false,
        cause: 'policy',
        reason: '不符合政策',
      },
      REVIEWER,
      '2026-10-14 10:00',
    ),
    step({ event: 'request-appeal', reason: '政策限制', evidence: '文件' }, A, '2026-10-14 15:00'),
    step({ event: 'approve-appeal' }, REVIEWER, '2026-10-15 10:00'),
  ],
  [
    step({ event: 'dispatch', leadUnitId: 'xt-rpb' }, OPERATOR, '2026-10-12 09:30'),
    step({ event: 'sign' }, B, '2026-10-12 10:00'),
  ],
  [
    step({ event: 'dispatch', leadUnitId: 'xt-rpa' }, OPERATOR, '2026-10-12 09:30'),
    step({ event: 'sign' }, A, '2026-10-12 11:00'),
    step({ event: 'request-return', reason: '非本单位职责', basis: '三定方案' }, A, '2026-10-12 15:00'),
    step({ event: 'approve-return' }, REVIEWER, '2026-10-13 09:00'),
    step({ event: 'dispatch', leadUnitId: 'xt-rpb' }, OPERATOR, '2026-10-13 10:00'),
    step({ event: 'sign' }, B, '2026-10-15 10:00'),
  ],
];

describe('R24.1 R25.1 the report model, the monthly report and the assessment (real Postgres and NATS)', () => {
  const running = supervisionWithProducerSuite('reports');
  let db: DataSource;
  const ids: string[] = [];
  let overdueJourney: ReturnType<typeof workOrderJourney>;

  const monthly = (format?: 'csv' | 'html') =>
    running.rpc.request(ReportsRpc.monthly, { query: { month: '2026-10', ...(format ? { format } : {}) } });
  const rows = async () => ({
    changes: await db.query(`SELECT * FROM supervision.report_state_changes ORDER BY event_id`),
    facts: await db.query(`SELECT * FROM supervision.report_work_orders ORDER BY work_order_id`),
  });

  beforeAll(async () => {
    db = running.supervision.get(DataSource);
    let number = 0;
    for (const steps of JOURNEYS) {
      const journey = workOrderJourney(steps, { receivedAt: '2026-10-12 09:00' });
      if (steps.length === 2) overdueJourney = journey;
      ids.push(journey.created.id);
      await publishCreated(running.producer, journey.created, {
        number: `XT2026101200000${++number}`,
        district: number % 2 ? '雨湖区' : '岳塘区',
      });
      for (const transition of journey.transitions) await publishStep(running.producer, transition, transition.actor);
    }
    const expected = JOURNEYS.reduce((sum, steps) => sum + steps.length, 0);
    await eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM supervision.report_state_changes`))[0].n as number,
      (count) => count === expected,
      30_000,
    );
  }, 60_000);

  it('R24.1 counts each step for the unit it happened under; R20.3 the approved appeal is out; R17.1 the open overdue order counts against completion on time', async () => {
    const report = (await monthly()) as MonthlyReport;
    expect(report).toMatchObject({ month: '2026-10', state: 'closed' });
    const a = report.units.find((u) => u.unitId === 'xt-rpa')!;
    const b = report.units.find((u) => u.unitId === 'xt-rpb')!;
    expect(a.counts).toMatchObject({
      dispatched: 3,
      returned: 1,
      returnsApproved: 1,
      signed: 3,
      signedOnTime: 3,
      completed: 2,
      completedOnTime: 2,
      callbacks: 2,
      contacted: 1,
      satisfied: 1,
      appealsExcluded: 1,
      openOverdue: 0,
    });
    expect(a.rates).toMatchObject({ satisfactionRate: 1, contactRate: 0.5, completedOnTimeRate: 1 });
    expect(b.counts).toMatchObject({ dispatched: 2, signed: 2, received: 2, completed: 0, openOverdue: 2, overdue: 2 });
    expect(b.rates.completedOnTimeRate).toBe(0);
    expect(report.city.counts).toMatchObject({ received: 4, dispatched: 5, completed: 2, openOverdue: 2 });
    expect(report.city.durations.medianWorkingDaysToComplete).not.toBeNull();
    expect(report.trend).toHaveLength(12);
    expect(report.trend[11]).toMatchObject({ month: '2026-10', received: 4, completed: 2, completedOnTimeRate: 0.5 });
    expect(report.trend[10]).toMatchObject({ month: '2026-09', received: 0, completedOnTimeRate: null });
    expect(report.breakdowns.district.map((row) => [row.key, row.received]).sort()).toEqual([
      ['岳塘区', 2],
      ['雨湖区', 2],
    ]);
  });

  it('R24.1 a closed month is frozen: a late step becomes a correction and the figures stay', async () => {
    const before = (await monthly()) as MonthlyReport;
    const late = workOrderJourney(
      [
        step({ event: 'dispatch', leadUnitId: 'xt-rpb' }, OPERATOR, '2026-10-12 09:30'),
        step({ event: 'sign' }, B, '2026-10-12 10:00'),
        step({ event: 'submit-reply', reply: REPLY('2026-10-30 09:00') }, B, '2026-10-30 10:00'),
      ],
      { receivedAt: '2026-10-12 09:00' },
    );
    const reply = late.transitions[2];
    const same = { ...reply, order: { ...reply.order, id: overdueJourney.created.id } };
    const sameStep = { ...same, step: { ...reply.step, workOrderId: overdueJourney.created.id } };
    await publishStep(running.producer, sameStep, B);
    const after = await eventually(
      () => monthly() as Promise<MonthlyReport>,
      (report) => report.corrections.length === 1,
      20_000,
    );
    expect(after.corrections[0]).toMatchObject({ workOrderId: overdueJourney.created.id, step: 'submit-reply' });
    expect(after.city).toEqual(before.city);
    expect(after.frozenAt).toBe(before.frozenAt);
  });

  it('R24.1 the model is rebuilt from the timeline to the same rows', async () => {
    const live = await rows();
    const result = await running.supervision.get(RebuildReportModelUseCase).execute({ pageSize: 2 });
    expect(result.workOrders).toBeGreaterThanOrEqual(4);
    expect(await rows()).toEqual(live);
  });

  it('R24.1 the CSV opens in Excel: a BOM, Chinese headers; the HTML carries its SVG charts', async () => {
    const csv = (await monthly('csv')) as MonthlyReportDocument;
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.body.split('\r\n')[0]).toMatch(/^\uFEFF月份,单位,受理量,转办量.*按时签收率.*满意率/);
    const html = (await monthly('html')) as MonthlyReportDocument;
    expect(html.body).toContain('湘潭市12345政务服务便民热线工作通报');
    expect((html.body.match(/<svg/g) ?? []).length).toBe(4);
  });

  it('R25.1 a period is scored with the method version in force then, each score with its breakdown', async () => {
    const method = await running.rpc.request(ReportsRpc.setMethod, {
      actor: ADMIN,
      body: {
        indicators: [{ indicator: 'completedOnTimeRate', weight: 100, target: 1 }],
        deductions: [],
        effectiveFrom: '2026-11',
      },
    });
    expect(method.version).toBeGreaterThanOrEqual(1);
    const october = await running.rpc.request(ReportsRpc.assessment, { query: { period: '2026-10' } });
    expect(october.method.version).toBe(0);
    expect(october.units[0].breakdown.map((line) => line.indicator)).toContain('satisfactionRate');
    const quarter = await running.rpc.request(ReportsRpc.assessment, { query: { period: '2026-Q4' } });
    expect(quarter.months).toEqual(['2026-10', '2026-11', '2026-12']);
    const november = await running.rpc.request(ReportsRpc.assessment, { query: { period: '2026-11' } });
    expect(november.method.version).toBe(method.version);
    const b = quarter.units.find((u) => u.unitId === 'xt-rpb')!;
    expect(b.breakdown.find((line) => line.indicator === 'completedOnTimeRate')).toMatchObject({ value: 0, points: 0 });
  });

  it('R24.1 the 通报 renders in headless Chromium on A4: npm run report:png writes its PNG and PDF', async () => {
    const html = (await monthly('html')) as MonthlyReportDocument;
    const dir = mkdtempSync(join(tmpdir(), 'report-png-'));
    writeFileSync(join(dir, 'report.html'), html.body);
    const script = resolve(__dirname, '../../../scripts/report-png.mjs');
    const args = [
      script,
      '--html',
      join(dir, 'report.html'),
      '--out',
      join(dir, 'report.png'),
      '--pdf',
      join(dir, 'report.pdf'),
    ];
    const { stdout } = await promisify(execFile)(process.execPath, args, { timeout: 60_000 });
    expect(JSON.parse(stdout)).toMatchObject({ svgs: 4, width: 794 });
    const png = readFileSync(join(dir, 'report.png'));
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(794);
    expect(png.readUInt32BE(20)).toBeGreaterThan(1123);
    const pdf = readFileSync(join(dir, 'report.pdf')).toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBeGreaterThanOrEqual(1);
  }, 90_000);

  it('R24.1 the daily snapshot writes the orders open at the end of a day once, for backlog and ageing', async () => {
    const job = running.supervision.get(OpenOrdersSnapshotJob);
    const morning = new Date('2026-11-01T01:00:00+08:00');
    expect(await job.snapshotDayBefore(morning)).toBe(2);
    expect(await job.snapshotDayBefore(morning)).toBe(0);
    const backlog = await running.supervision
      .get(OpenOrdersSnapshotRepository)
      .backlog({ first: '2026-10-01', last: '2026-10-31' });
    expect(backlog).toEqual({ day: '2026-10-31', open: 2, overdue: 2, medianAgeDays: 19, p90AgeDays: 19 });
  });

  it('R24.1 a running month says so, in the JSON and in every row of the CSV, and is not frozen', async () => {
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const report = (await running.rpc.request(ReportsRpc.monthly, { query: { month } })) as MonthlyReport;
    expect(report).toMatchObject({ month, state: 'running' });
    expect(report.frozenAt).toBeUndefined();
    const csv = (await running.rpc.request(ReportsRpc.monthly, {
      query: { month, format: 'csv' },
    })) as MonthlyReportDocument;
    expect(csv.body.split('\r\n')[1]).toMatch(new RegExp(`^${month}（未截止）,全市,`));
    const frozen = await db.query(`SELECT month FROM supervision.report_frozen_months WHERE month = $1`, [month]);
    expect(frozen).toEqual([]);
  });
});
