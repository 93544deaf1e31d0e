import {
  assessmentPeriodOf,
  checkedAssessmentMethod,
  DEFAULT_ASSESSMENT_METHOD,
  foldReportModel,
  methodInForce,
  monthlyRatesOf,
  monthsEndingWith,
  monthStateAt,
  percentileOf,
  type ReportStepInput,
  reportMonthOf,
  daysOfMonth,
  scoreUnits,
  zeroCounts,
} from './index';

const at = (iso: string) => new Date(iso);
let version = 1;
const step = (name: string, to: string, when: string, details: Record<string, unknown> = {}): ReportStepInput => ({
  eventId: `e${++version}`,
  version,
  step: name,
  from: null,
  to,
  at: at(when),
  details,
});
const hours = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 86_400_000;

describe('R24.1 report months in Beijing time', () => {
  it('R24.1 a month starts at 00:00 Beijing of its first day', () => {
    const month = reportMonthOf('2026-10');
    expect(month.start.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(month.end.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(monthStateAt(month, at('2026-10-31T15:59:59Z'))).toBe('running');
    expect(monthStateAt(month, at('2026-10-31T16:00:00Z'))).toBe('closed');
  });

  it('R24.1 a month runs from its first to its last calendar day, whatever its length', () => {
    expect(daysOfMonth(reportMonthOf('2026-09'))).toEqual({ first: '2026-09-01', last: '2026-09-30' });
    expect(daysOfMonth(reportMonthOf('2026-10'))).toEqual({ first: '2026-10-01', last: '2026-10-31' });
    expect(daysOfMonth(reportMonthOf('2028-02'))).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(daysOfMonth(reportMonthOf('2026-12'))).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });

  it('R24.1 refuses a month not written YYYY-MM, naming the field', () => {
    expect(() => reportMonthOf('2026-13')).toThrow(/month/);
    expect(() => assessmentPeriodOf('2026-Q5')).toThrow(/period/);
  });

  it('R24.1 the 12-month trend crosses the year; R25.1 a quarter has three months', () => {
    expect(monthsEndingWith('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(assessmentPeriodOf('2026-Q4').months).toEqual(['2026-10', '2026-11', '2026-12']);
  });
});

describe('R24.1 the analytics model of one work order', () => {
  const origin = {
    receivedAt: at('2026-10-09T01:00:00Z'),
    type: 'complaint',
    channel: 'phone',
    field: null,
    district: '雨湖区',
    status: 'awaiting-dispatch',
  };
  const steps = [
    step('dispatch', 'dispatched', '2026-10-09T02:00:00Z', { leadUnitId: 'xt-a' }),
    step('request-return', 'return-requested', '2026-10-09T03:00:00Z'),
    step('approve-return', 'awaiting-dispatch', '2026-10-09T04:00:00Z', { previousLeadUnitId: 'xt-a' }),
    step('dispatch', 'dispatched', '2026-10-09T05:00:00Z', { leadUnitId: 'xt-b' }),
    step('sign', 'handling', '2026-10-09T06:00:00Z', { late: false, handling: { due: '2026-10-16T00:00:00+08:00' } }),
    step('submit-reply', 'replied', '2026-10-10T06:00:00Z'),
    step('pass-reply', 'completed', '2026-10-12T06:00:00Z', { inTime: true }),
    step('record-callback', 'unsatisfied', '2026-10-13T06:00:00Z', { satisfaction: 'unsatisfied', contacted: true }),
    step('request-appeal', 'appeal-requested', '2026-10-13T07:00:00Z'),
    step('approve-appeal', 'closed', '2026-10-14T07:00:00Z'),
  ];

  it('R16.3 a step counts for the unit it happened under; an approved return counts for the unit that gave it back', () => {
    const { changes } = foldReportModel('w1', origin, [...steps].reverse(), hours);
    expect(changes.map((change) => change.unitId)).toEqual([
      'xt-a',
      'xt-a',
      'xt-a',
      'xt-b',
      'xt-b',
      'xt-b',
      'xt-b',
      'xt-b',
      'xt-b',
      'xt-b',
    ]);
  });

  it('R20.3 an approved appeal takes the unsatisfied callback out of the count', () => {
    const { changes, facts } = foldReportModel('w1', origin, steps, hours);
    const callback = changes.find((change) => change.step === 'record-callback');
    expect(callback).toMatchObject({ satisfaction: 'unsatisfied', contacted: true, excluded: true });
    expect(facts).toMatchObject({ appealApproved: true, status: 'closed', leadUnitId: 'xt-b' });
    expect(facts.completedAt?.toISOString()).toBe('2026-10-12T06:00:00.000Z');
  });

  it('R16.1 R17.1 sign and completion carry lateness and working time from dispatch and from signing', () => {
    const { changes } = foldReportModel('w1', origin, steps, hours);
    expect(changes.find((change) => change.step === 'sign')).toMatchObject({ late: false, workingDays: 1 / 24 });
    expect(changes.find((change) => change.step === 'pass-reply')).toMatchObject({ late: false, workingDays: 3 });
  });

  it('R17.1 an open signed order keeps its running limit, so that it can count as overdue', () => {
    const { facts } = foldReportModel('w1', origin, steps.slice(0, 5), hours);
    expect(facts.runningDue?.toISOString()).toBe('2026-10-15T16:00:00.000Z');
    expect(facts.completedAt).toBeNull();
  });
});

describe('R24.1 rates', () => {
  it('R17.1 open overdue orders count against completion on time', () => {
    const counts = { ...zeroCounts(), completed: 8, completedOnTime: 6, openOverdue: 2 };
    expect(monthlyRatesOf(counts).completedOnTimeRate).toBe(0.6);
  });

  it('R20.3 satisfaction leaves approved appeals out of the denominator', () => {
    const counts = { ...zeroCounts(), callbacks: 10, satisfied: 8, appealsExcluded: 2 };
    expect(monthlyRatesOf(counts).satisfactionRate).toBe(1);
  });

  it('R24.1 a rate with nothing to count is null, not zero', () => {
    expect(monthlyRatesOf(zeroCounts()).contactRate).toBeNull();
  });

  it('R24.1 percentiles interpolate like percentile_cont', () => {
    expect(percentileOf([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentileOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(percentileOf([], 0.5)).toBeNull();
  });
});

describe('R25.1 assessment', () => {
  it('R25.1 scores with a breakdown and ranks, equal scores sharing a rank', () => {
    const good = {
      ...zeroCounts(),
      ...{ signed: 2, signedOnTime: 2, completed: 2, completedOnTime: 2, callbacks: 2, contacted: 2, satisfied: 2 },
    };
    const worse = { ...good, completedOnTime: 1, supervisionCases: 3 };
    const scores = scoreUnits(
      DEFAULT_ASSESSMENT_METHOD,
      new Map([
        ['b', good],
        ['a', good],
        ['c', worse],
      ]),
    );
    expect(scores.map((s) => [s.unitId, s.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
    const c = scores[2];
    expect(c.breakdown.find((line) => line.indicator === 'completedOnTimeRate')).toEqual({
      indicator: 'completedOnTimeRate',
      value: 0.5,
      target: 1,
      weight: 30,
      points: 15,
    });
    expect(c.deductions[0]).toEqual({ count: 'supervisionCases', value: 3, points: 3 });
    expect(c.score).toBe(15 + 15 + 15 + 40 - 3);
  });

  it('R25.1 refuses a method whose weights do not sum to 100 or that names an unknown indicator', () => {
    expect(() =>
      checkedAssessmentMethod({ indicators: [{ indicator: 'nope', weight: 50, target: 1 }], deductions: [] }),
    ).toThrow(/indicators.0.indicator.*weights sum to 100/);
  });

  it('R25.1 a period is scored with the version in force then', () => {
    const methods = [
      { version: 1, effectiveFrom: at('2026-01-01T00:00:00Z') },
      { version: 2, effectiveFrom: at('2026-11-01T00:00:00Z') },
    ];
    expect(methodInForce(methods, at('2026-10-15T00:00:00Z'))?.version).toBe(1);
    expect(methodInForce(methods, at('2026-11-15T00:00:00Z'))?.version).toBe(2);
    expect(methodInForce(methods, at('2025-11-15T00:00:00Z'))).toBeUndefined();
  });
});
