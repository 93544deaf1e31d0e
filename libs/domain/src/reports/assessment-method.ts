import { type InputIssue, InvalidDomainInputError } from '../errors/domain-error';
import {
  MONTHLY_COUNT_IDS,
  MONTHLY_RATES,
  type MonthlyCountId,
  type MonthlyCounts,
  rateOf,
} from './monthly-indicators';

/** R25.1 one scored indicator: full `weight` points at or above `target`, in proportion below it. */
export interface ScoredIndicator {
  readonly indicator: string;
  readonly weight: number;
  readonly target: number;
}

/** R25.1 points taken off per counted event (e.g. each supervision case), at most `max`. */
export interface Deduction {
  readonly count: MonthlyCountId;
  readonly pointsEach: number;
  readonly max: number;
}

export interface AssessmentMethodInput {
  readonly indicators: readonly ScoredIndicator[];
  readonly deductions: readonly Deduction[];
}

export interface AssessmentMethod extends AssessmentMethodInput {
  readonly version: number;
  readonly effectiveFrom: Date;
}

export interface ScoreLine {
  readonly indicator: string;
  readonly value: number | null;
  readonly target: number;
  readonly weight: number;
  readonly points: number;
}

export interface DeductionLine {
  readonly count: MonthlyCountId;
  readonly value: number;
  readonly points: number;
}

export interface UnitScore {
  readonly unitId: string;
  readonly score: number;
  readonly rank: number;
  readonly breakdown: readonly ScoreLine[];
  readonly deductions: readonly DeductionLine[];
}

/** The method in force until an administrator sets one (weights sum to 100). */
export const DEFAULT_ASSESSMENT_METHOD: AssessmentMethodInput = {
  indicators: [
    { indicator: 'signedOnTimeRate', weight: 15, target: 1 },
    { indicator: 'completedOnTimeRate', weight: 30, target: 1 },
    { indicator: 'contactRate', weight: 15, target: 1 },
    { indicator: 'satisfactionRate', weight: 40, target: 0.95 },
  ],
  deductions: [
    { count: 'supervisionCases', pointsEach: 1, max: 10 },
    { count: 'rehandled', pointsEach: 0.5, max: 5 },
  ],
};

const RATE_IDS = MONTHLY_RATES.map((rate) => rate.id);
const finite = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

/** R25.1 checks a method an administrator sets: known indicators, weights 0–100 summing to 100, targets in (0, 1]. */
export function checkedAssessmentMethod(input: AssessmentMethodInput): AssessmentMethodInput {
  const problems: InputIssue[] = [];
  const add = (field: string, problem: string) => problems.push({ path: field, message: problem });
  const indicators = Array.isArray(input?.indicators) ? input.indicators : [];
  const deductions = Array.isArray(input?.deductions) ? input.deductions : [];
  if (indicators.length === 0) add('indicators', 'at least one indicator is scored');
  const seen = new Set<string>();
  indicators.forEach((line, i) => {
    if (!RATE_IDS.includes(line?.indicator)) add(`indicators.${i}.indicator`, `one of ${RATE_IDS.join(', ')}`);
    if (seen.has(line?.indicator)) add(`indicators.${i}.indicator`, 'scored twice');
    seen.add(line?.indicator);
    if (!finite(line?.weight, 0, 100)) add(`indicators.${i}.weight`, 'a number from 0 to 100');
    if (!finite(line?.target, 0.0001, 1)) add(`indicators.${i}.target`, 'a rate above 0, at most 1');
  });
  const total = indicators.reduce((sum, line) => sum + (Number(line?.weight) || 0), 0);
  if (indicators.length > 0 && Math.abs(total - 100) > 1e-9) add('indicators', `weights sum to 100 (now ${total})`);
  deductions.forEach((line, i) => {
    if (!(MONTHLY_COUNT_IDS as readonly string[]).includes(line?.count))
      add(`deductions.${i}.count`, `one of ${MONTHLY_COUNT_IDS.join(', ')}`);
    if (!finite(line?.pointsEach, 0, 100)) add(`deductions.${i}.pointsEach`, 'a number from 0 to 100');
    if (!finite(line?.max, 0, 100)) add(`deductions.${i}.max`, 'a number from 0 to 100');
  });
  if (problems.length > 0) throw new InvalidDomainInputError('the assessment method is not usable', problems);
  return {
    indicators: indicators.map(({ indicator, weight, target }) => ({ indicator, weight, target })),
    deductions: deductions.map(({ count, pointsEach, max }) => ({ count, pointsEach, max })),
  };
}

/** R25.1 the version in force at an instant: the latest that took effect at or before it (or none). */
export function methodInForce<M extends { effectiveFrom: Date; version: number }>(
  methods: readonly M[],
  at: Date,
): M | undefined {
  return methods
    .filter((method) => method.effectiveFrom.getTime() <= at.getTime())
    .sort((a, b) => b.version - a.version)[0];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * R25.1 scores each unit by the method and ranks them (highest first; equal scores share a rank). An indicator with
 * nothing to count (no callbacks, say) earns its full weight: a unit is not punished for work it did not get.
 * Approved appeals are already out of the satisfaction rate (R20.3).
 */
export function scoreUnits(method: AssessmentMethodInput, units: ReadonlyMap<string, MonthlyCounts>): UnitScore[] {
  const rates = new Map(MONTHLY_RATES.map((rate) => [rate.id, rate]));
  const scored = [...units].map(([unitId, counts]) => {
    const breakdown = method.indicators.map(({ indicator, weight, target }) => {
      const definition = rates.get(indicator);
      const value = definition ? rateOf(definition, counts) : null;
      const points = value === null ? weight : weight * Math.min(1, value / target);
      return { indicator, value, target, weight, points: round2(points) };
    });
    const deductions = method.deductions.map(({ count, pointsEach, max }) => ({
      count,
      value: counts[count],
      points: round2(Math.min(max, counts[count] * pointsEach)),
    }));
    const score = round2(
      breakdown.reduce((sum, line) => sum + line.points, 0) - deductions.reduce((sum, line) => sum + line.points, 0),
    );
    return { unitId, score, breakdown, deductions };
  });
  scored.sort((a, b) => b.score - a.score || a.unitId.localeCompare(b.unitId));
  return scored.map((unit) => ({ ...unit, rank: 1 + scored.filter((other) => other.score > unit.score).length }));
}
