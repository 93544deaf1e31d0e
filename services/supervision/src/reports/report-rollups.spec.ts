import type { ReportFacts, ReportStateChange } from '@hotline/domain';
import { ReportRollups, rollupDelta } from './report-rollups';

const FACTS: ReportFacts = {
  workOrderId: 'wo-1',
  receivedAt: new Date('2026-10-11T17:00:00Z'),
  type: 'complaint',
  channel: 'phone',
  field: 'urban',
  district: '雨湖区',
  status: 'closed',
  version: 4,
  leadUnitId: 'xt-cgj',
  dispatchCount: 1,
  signedAt: null,
  runningDue: null,
  completedAt: null,
  appealApproved: false,
};
const change = (eventId: string, step: string, at: string, extra: Partial<ReportStateChange> = {}) =>
  ({
    eventId,
    workOrderId: 'wo-1',
    version: Number(eventId.slice(1)),
    step,
    fromStatus: null,
    toStatus: 'handling',
    at: new Date(at),
    unitId: 'xt-cgj',
    late: null,
    workingDays: null,
    satisfaction: null,
    contacted: null,
    excluded: false,
    ...extra,
  }) as ReportStateChange;
const CHANGES = [
  change('e1', 'dispatch', '2026-10-12T01:00:00Z'),
  change('e2', 'sign', '2026-10-12T03:00:00Z', { late: false, workingDays: 2 / 24 }),
  change('e3', 'pass-reply', '2026-10-31T17:00:00Z', { late: true, workingDays: 3.5 }),
  change('e4', 'record-callback', '2026-11-02T02:00:00Z', { satisfaction: 'unsatisfied', contacted: true }),
];
const EMPTY = { facts: null, changes: [] };

/** The rollups as one table of signed counts per key, to add deltas up. */
function summed(deltas: ReportRollups[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const delta of deltas) {
    for (const [table, rows] of Object.entries(delta) as [string, Record<string, unknown>[]][]) {
      for (const row of rows) {
        const key = Object.entries(row).filter(([, value]) => typeof value !== 'number' || table === 'durations');
        for (const [name, value] of Object.entries(row)) {
          if (typeof value !== 'number' || (table === 'durations' && name !== 'count')) continue;
          const id = `${table} ${JSON.stringify(key.filter(([k]) => k !== 'count'))} ${name}`;
          sums.set(id, (sums.get(id) ?? 0) + value);
        }
      }
    }
  }
  return new Map([...sums].filter(([, value]) => value !== 0));
}

describe('the report model keeps its rollups from each fold’s row diff (R24.1)', () => {
  it('R24.1 an order counts each step for its unit on its Beijing day, durations by month and working minute', () => {
    const { unitDays, breakdownDays, durations } = rollupDelta([
      { before: EMPTY, after: { facts: FACTS, changes: CHANGES } },
    ]);
    expect(unitDays.map((row) => [row.day, row.received, row.dispatched, row.signedOnTime, row.completedLate])).toEqual(
      [
        ['2026-10-12', 1, 1, 1, 0],
        ['2026-11-01', 0, 0, 0, 1],
        ['2026-11-02', 0, 0, 0, 0],
      ],
    );
    expect(unitDays[2]).toMatchObject({ callbacks: 1, contacted: 1, satisfied: 0, stateChanges: 1 });
    expect(breakdownDays.map((row) => [row.day, row.typeKey, row.received, row.completed])).toEqual([
      ['2026-10-12', 'complaint', 1, 0],
      ['2026-11-01', 'complaint', 0, 1],
      ['2026-11-02', 'complaint', 0, 0],
    ]);
    expect(durations).toEqual([
      { month: '2026-10', unitKey: 'xt-cgj', kind: 'sign', minute: 120, count: 1 },
      { month: '2026-11', unitKey: 'xt-cgj', kind: 'complete', minute: 5040, count: 1 },
    ]);
  });

  it('R24.1 R20.3 steps folded one by one, out of order, with the origin late and an appeal approved, sum to one fold', () => {
    const appealed = CHANGES.map((row) => (row.step === 'record-callback' ? { ...row, excluded: true } : row));
    const unknownOrigin = { ...FACTS, receivedAt: null, type: null, district: null, field: null };
    const states = [
      { facts: unknownOrigin, changes: [CHANGES[1]] },
      { facts: unknownOrigin, changes: [CHANGES[0], CHANGES[1], CHANGES[3]] },
      { facts: FACTS, changes: [CHANGES[0], CHANGES[1], CHANGES[3]] },
      { facts: FACTS, changes: CHANGES },
      { facts: FACTS, changes: appealed },
    ];
    const deltas = states.map((after, i) => rollupDelta([{ before: i === 0 ? EMPTY : states[i - 1], after }]));
    const once = rollupDelta([{ before: EMPTY, after: states[states.length - 1] }]);
    expect(summed(deltas)).toEqual(summed([once]));
    expect(summed([once]).get('unitDays [["day","2026-11-02"],["unitKey","xt-cgj"]] appealsExcluded')).toBe(1);
  });

  it('R24.1 a fold that changes nothing writes no rollup row', () => {
    const same = { facts: FACTS, changes: CHANGES };
    expect(rollupDelta([{ before: same, after: same }])).toEqual({ unitDays: [], breakdownDays: [], durations: [] });
  });
});
