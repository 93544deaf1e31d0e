import { Actor } from '@hotline/contracts';
import { reportMonthOf, WorkOrderCommand } from '@hotline/domain';
import { eventually, JourneyStep, publishCreated, publishStep, workOrderJourney } from '@hotline/testing';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { MonthlyFiguresRepository } from '../src/reports/monthly-figures.repository';
import { supervisionWithProducerSuite } from './supervision-with-producer';

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const REVIEWER: Actor = { kind: 'user', id: 'rv-1', role: 'reviewer' };
const UNIT: Actor = { kind: 'user', id: 'xt-rbd-h', role: 'unit', unitId: 'xt-rbd' };
const step = (command: WorkOrderCommand, actor: Actor, at: string): JourneyStep => [command, actor, at];
const REPLY = {
  handledBy: '经办人 王强',
  handledAt: new Date('2026-09-15T09:00:00+08:00'),
  process: '现场核查',
  result: '已处理',
  callerContacted: true,
  contactMethod: 'phone',
  outcome: 'solved' as const,
};
const JOURNEYS: JourneyStep[][] = [
  [
    step({ event: 'dispatch', leadUnitId: 'xt-rbd' }, OPERATOR, '2026-09-14 09:30'),
    step({ event: 'sign' }, UNIT, '2026-09-14 11:07'),
    step({ event: 'submit-reply', reply: REPLY }, UNIT, '2026-09-15 10:00'),
    step({ event: 'pass-reply' }, REVIEWER, '2026-09-15 15:41'),
    step({ event: 'record-callback', satisfaction: 'satisfied', contacted: true }, REVIEWER, '2026-09-16 10:00'),
  ],
  [
    step({ event: 'dispatch', leadUnitId: 'xt-rbd' }, OPERATOR, '2026-09-14 09:30'),
    step({ event: 'sign' }, UNIT, '2026-09-15 16:00'),
  ],
];
const ROLLUPS = ['report_unit_days', 'report_breakdown_days', 'report_duration_minutes'];

/** R24.1 the operator's rebuild (npm run reports:rebuild) against a running supervision, over NATS. */
describe('R24.1 npm run reports:rebuild asks the running supervision to rebuild the report model (built CLI, NATS, Postgres)', () => {
  const running = supervisionWithProducerSuite('report-rebuild');
  let db: DataSource;

  const rebuild = (...args: string[]) =>
    promisify(execFile)(
      process.execPath,
      ['-r', './scripts/dist-paths.cjs', 'dist/services/supervision/src/reports/rebuild-report-model.cli.js', ...args],
      { cwd: join(__dirname, '..', '..', '..'), env: { ...process.env, ...running.environment.env }, timeout: 60_000 },
    );
  const model = async () =>
    Object.fromEntries(
      await Promise.all(
        ['report_state_changes', 'report_work_orders', ...ROLLUPS].map(async (table) => [
          table,
          await db.query(`SELECT * FROM supervision.${table} ORDER BY 1, 2, 3, 4`),
        ]),
      ),
    );
  /** the figures a report of September would be built from (asking for the report would freeze it) */
  const september = async () => {
    const figures = running.supervision.get(MonthlyFiguresRepository);
    const { start, end } = reportMonthOf('2026-09');
    return { units: await figures.unitFigures(start, end, end), breakdowns: await figures.breakdowns(start, end) };
  };

  beforeAll(async () => {
    db = running.supervision.get(DataSource);
    for (const [index, steps] of JOURNEYS.entries()) {
      const journey = workOrderJourney(steps, { receivedAt: '2026-09-14 09:00' });
      await publishCreated(running.producer, journey.created, {
        number: `XT2026091400000${index + 1}`,
        district: '雨湖区',
      });
      for (const transition of journey.transitions) await publishStep(running.producer, transition, transition.actor);
    }
    await eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM supervision.report_state_changes`))[0].n as number,
      (count) => count === 7,
      30_000,
    );
  }, 60_000);

  it('R24.1 the rollups lost (as after a migration) come back equal to the ones the fold kept, and so does the report', async () => {
    const live = await model();
    expect(live.report_unit_days.length).toBeGreaterThan(0);
    expect(
      live.report_duration_minutes.map((row: { minute: number }) => row.minute).sort((a: number, b: number) => a - b),
    ).toEqual([97, 1714, 1830]);
    const before = await september();
    await db.query(`TRUNCATE ${ROLLUPS.map((table) => `supervision.${table}`).join(', ')}`);
    const { stdout } = await rebuild('--page-size', '1');
    expect(JSON.parse(stdout)).toMatchObject({ workOrders: 2 });
    expect(await model()).toEqual(live);
    const after = await september();
    expect(after).toEqual(before);
    const city = after.units.find((figures) => figures.unitId === null)!;
    expect(city.counts).toMatchObject({ received: 2, dispatched: 2, signed: 2, completed: 1, callbacks: 1 });
    expect(city.durations.medianWorkingDaysToSign).toBe(Math.round(((97 + 1830) / 2 / 1440) * 100) / 100);
  });

  it('R24.1 a page size out of range is refused naming it, and nothing is rebuilt', async () => {
    await db.query(`TRUNCATE supervision.report_unit_days`);
    await expect(rebuild('--page-size', '0')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/400 .*pageSize/),
    });
    expect(await db.query(`SELECT * FROM supervision.report_unit_days`)).toEqual([]);
  });
});
