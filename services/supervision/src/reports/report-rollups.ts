import {
  beijingDayOf,
  dayToIsoDate,
  durationMinuteOf,
  monthOfInstant,
  type ReportFacts,
  type ReportStateChange,
} from '@hotline/domain';
import type { ReportBreakdownDay } from './report-breakdown-day.entity';
import type { ReportDurationMinute } from './report-duration-minute.entity';
import type { ReportUnitDay } from './report-unit-day.entity';

type Counts<T> = { -readonly [K in keyof T]: T[K] extends number ? number : never };
export type UnitDayCounts = Omit<Counts<ReportUnitDay>, 'day' | 'unitKey'>;
export type BreakdownDayCounts = Omit<Counts<ReportBreakdownDay>, 'day' | 'typeKey' | 'districtKey' | 'fieldKey'>;

/** The rows an order adds to the rollups, or (as a delta) what a new fold of it changes in them. */
export interface ReportRollups {
  unitDays: ReportUnitDay[];
  breakdownDays: ReportBreakdownDay[];
  durations: ReportDurationMinute[];
}

const UNIT_DAY_ZERO: UnitDayCounts = {
  stateChanges: 0,
  received: 0,
  dispatched: 0,
  returned: 0,
  returnsApproved: 0,
  signed: 0,
  signedOnTime: 0,
  completed: 0,
  completedOnTime: 0,
  completedLate: 0,
  extensions: 0,
  extensionsApproved: 0,
  callbacks: 0,
  contacted: 0,
  satisfied: 0,
  appealsExcluded: 0,
  rehandled: 0,
};
/** A breakdown group's counts before anything is counted in it. */
export const BREAKDOWN_ZERO: Readonly<BreakdownDayCounts> = {
  received: 0,
  completed: 0,
  completedOnTime: 0,
  callbacks: 0,
  satisfied: 0,
  appealsExcluded: 0,
};

const dayOf = (at: Date) => dayToIsoDate(beijingDayOf(at));
const SIGNED = new Set(['sign', 'deem-signed']);

/** R24.1 what one state change counts for its unit, by the rules of MONTHLY_COUNTS (each id a column). */
function unitCountsOf(change: ReportStateChange): Partial<UnitDayCounts> {
  const callback = change.step === 'record-callback';
  const completed = change.step === 'pass-reply';
  const signed = SIGNED.has(change.step);
  return {
    stateChanges: 1,
    dispatched: Number(change.step === 'dispatch' || change.step === 'assign-by-coordination'),
    returned: Number(change.step === 'request-return'),
    returnsApproved: Number(change.step === 'approve-return'),
    signed: Number(signed),
    signedOnTime: Number(signed && change.late === false),
    completed: Number(completed),
    completedOnTime: Number(completed && change.late === false),
    completedLate: Number(completed && change.late === true),
    extensions: Number(change.step === 'request-extension'),
    extensionsApproved: Number(change.step === 'approve-extension'),
    callbacks: Number(callback),
    contacted: Number(callback && change.contacted === true),
    ...satisfactionOf(change),
    rehandled: Number(callback && change.toStatus === 'rehandling'),
  };
}

function satisfactionOf(change: ReportStateChange): Pick<UnitDayCounts, 'satisfied' | 'appealsExcluded'> {
  const callback = change.step === 'record-callback';
  return {
    satisfied: Number(
      callback && (change.satisfaction === 'satisfied' || change.satisfaction === 'basically-satisfied'),
    ),
    appealsExcluded: Number(callback && change.satisfaction === 'unsatisfied' && change.excluded),
  };
}

class Sums<Row extends object, C extends object> {
  private readonly rows = new Map<string, Row & C>();

  constructor(private readonly zero: C) {}

  add(key: Row, counts: Partial<C>, sign = 1): void {
    const id = JSON.stringify(key);
    const row = this.rows.get(id) ?? { ...key, ...this.zero };
    this.rows.set(id, row);
    for (const [name, value] of Object.entries(counts) as [keyof C, number][]) {
      (row as Record<keyof C, number>)[name] += sign * value;
    }
  }

  /** rows with any count other than zero, in key order (a stable lock order for concurrent folds) */
  nonZero(): (Row & C)[] {
    return [...this.rows.entries()]
      .filter(([, row]) => Object.keys(this.zero).some((name) => (row as Record<string, number>)[name] !== 0))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row);
  }
}

interface OrderRows {
  facts: ReportFacts | null;
  changes: readonly ReportStateChange[];
}

/**
 * R24.1 the rollups' difference between an order's stored rows and its new fold (`after` minus `before`): applied in
 * the fold's transaction, it keeps the rollups equal to the sum over every order's rows, whatever order events came in.
 */
export function rollupDelta(orders: readonly { before: OrderRows; after: OrderRows }[]): ReportRollups {
  const unitDays = new Sums<Pick<ReportUnitDay, 'day' | 'unitKey'>, UnitDayCounts>(UNIT_DAY_ZERO);
  const breakdownDays = new Sums<Omit<ReportBreakdownDay, keyof BreakdownDayCounts>, BreakdownDayCounts>(
    BREAKDOWN_ZERO,
  );
  const durations = new Sums<Omit<ReportDurationMinute, 'count'>, { count: number }>({ count: 0 });
  for (const { before, after } of orders) {
    for (const [rows, sign] of [
      [before, -1],
      [after, 1],
    ] as const) {
      const { facts, changes } = rows;
      const dimensions = {
        typeKey: facts?.type ?? '',
        districtKey: facts?.district ?? '',
        fieldKey: facts?.field ?? '',
      };
      if (facts?.receivedAt) {
        const day = dayOf(facts.receivedAt);
        unitDays.add({ day, unitKey: facts.leadUnitId ?? '' }, { received: 1 }, sign);
        breakdownDays.add({ day, ...dimensions }, { received: 1 }, sign);
      }
      for (const change of changes) {
        const unitKey = change.unitId ?? '';
        const counts = unitCountsOf(change);
        unitDays.add({ day: dayOf(change.at), unitKey }, counts, sign);
        if (facts && (counts.completed || counts.callbacks)) {
          const { completed, completedOnTime, callbacks, satisfied, appealsExcluded } = counts;
          const breakdown = { completed, completedOnTime, callbacks, satisfied, appealsExcluded };
          breakdownDays.add({ day: dayOf(change.at), ...dimensions }, breakdown, sign);
        }
        const kind: ReportDurationMinute['kind'] | null = counts.signed ? 'sign' : counts.completed ? 'complete' : null;
        if (kind && change.workingDays !== null) {
          const key = { month: monthOfInstant(change.at), unitKey, kind, minute: durationMinuteOf(change.workingDays) };
          durations.add(key, { count: 1 }, sign);
        }
      }
    }
  }
  return { unitDays: unitDays.nonZero(), breakdownDays: breakdownDays.nonZero(), durations: durations.nonZero() };
}
