import type { RequirementId } from '../errors/domain-error';

/**
 * R24.1 the monthly statistics, each defined once: a count with the rule that makes it, or a rate of two counts.
 * A month is [1st 00:00, next 1st 00:00) Beijing time; a step counts in the month it happened, for the lead unit it
 * happened under (city-wide: all of them). "As of" is the month's end, or now for a running month.
 */
export interface CountDefinition {
  readonly id: MonthlyCountId;
  readonly zh: string;
  readonly requirement: RequirementId;
  readonly formula: string;
}

export const MONTHLY_COUNT_IDS = [
  'received',
  'dispatched',
  'returned',
  'returnsApproved',
  'signed',
  'signedOnTime',
  'completed',
  'completedOnTime',
  'openOverdue',
  'overdue',
  'extensions',
  'extensionsApproved',
  'callbacks',
  'contacted',
  'satisfied',
  'appealsExcluded',
  'rehandled',
  'supervisionCases',
  'branchOrders',
] as const;
export type MonthlyCountId = (typeof MONTHLY_COUNT_IDS)[number];
export type MonthlyCounts = Readonly<Record<MonthlyCountId, number>>;

export const MONTHLY_COUNTS: readonly CountDefinition[] = [
  { id: 'received', zh: '受理量', requirement: 'R24.1', formula: '当月受理的工单（单位：当前牵头单位为本单位）' },
  { id: 'dispatched', zh: '转办量', requirement: 'R15.3', formula: '当月转办（含重新转办、协调交办）到本单位的次数' },
  { id: 'returned', zh: '申请退回', requirement: 'R16.2', formula: '当月提出的退回申请' },
  { id: 'returnsApproved', zh: '退回通过', requirement: 'R16.3', formula: '当月审核通过的退回' },
  { id: 'signed', zh: '签收量', requirement: 'R16.1', formula: '当月签收与视为签收' },
  { id: 'signedOnTime', zh: '按时签收', requirement: 'R16.1', formula: '当月在1个工作日内签收' },
  { id: 'completed', zh: '办结量', requirement: 'R19.1', formula: '当月答复审核通过（办结）' },
  { id: 'completedOnTime', zh: '按时办结', requirement: 'R17.1', formula: '当月在办理时限（含延期、重办时限）内办结' },
  {
    id: 'openOverdue',
    zh: '超期未办结',
    requirement: 'R17.1',
    formula: '截至月末（进行中月份：截至现在）已超时限仍未办结',
  },
  { id: 'overdue', zh: '超期量', requirement: 'R17.1', formula: '当月超期办结 + 超期未办结' },
  { id: 'extensions', zh: '申请延期', requirement: 'R17.2', formula: '当月提出的延期申请' },
  { id: 'extensionsApproved', zh: '延期通过', requirement: 'R17.2', formula: '当月审核通过的延期' },
  { id: 'callbacks', zh: '回访量', requirement: 'R20.1', formula: '当月完成的回访' },
  { id: 'contacted', zh: '已联系诉求人', requirement: 'R20.1', formula: '当月回访中确认承办单位联系了诉求人' },
  { id: 'satisfied', zh: '满意（含基本满意）', requirement: 'R20.1', formula: '当月回访满意与基本满意' },
  { id: 'appealsExcluded', zh: '申诉核减', requirement: 'R20.3', formula: '当月不满意回访中申诉已获通过的' },
  { id: 'rehandled', zh: '重办量', requirement: 'R20.2', formula: '当月因单位原因回访不满意而重办' },
  { id: 'supervisionCases', zh: '督办件', requirement: 'R23.1', formula: '当月对本单位启动的督办' },
  {
    id: 'branchOrders',
    zh: '分中心工单',
    requirement: 'R10.2',
    formula: '当月受理的分中心（垂直部门分热线）工单，已计入受理、办结、按时办结与超期',
  },
];

export interface IndicatorDefinition {
  readonly id: string;
  readonly zh: string;
  readonly requirement: RequirementId;
  readonly formula: string;
  readonly numerator: MonthlyCountId;
  readonly denominator: (counts: MonthlyCounts) => number;
}

export const MONTHLY_RATES: readonly IndicatorDefinition[] = [
  {
    id: 'signedOnTimeRate',
    zh: '按时签收率',
    requirement: 'R16.1',
    formula: '按时签收 ÷ 签收量',
    numerator: 'signedOnTime',
    denominator: (c) => c.signed,
  },
  {
    id: 'completedOnTimeRate',
    zh: '按时办结率',
    requirement: 'R17.1',
    formula: '按时办结 ÷ (办结量 + 超期未办结)',
    numerator: 'completedOnTime',
    denominator: (c) => c.completed + c.openOverdue,
  },
  {
    id: 'returnRate',
    zh: '退回率',
    requirement: 'R16.2',
    formula: '申请退回 ÷ 转办量',
    numerator: 'returned',
    denominator: (c) => c.dispatched,
  },
  {
    id: 'extensionRate',
    zh: '延期率',
    requirement: 'R17.2',
    formula: '申请延期 ÷ 签收量',
    numerator: 'extensions',
    denominator: (c) => c.signed,
  },
  {
    id: 'contactRate',
    zh: '联系率',
    requirement: 'R20.1',
    formula: '已联系诉求人 ÷ 回访量',
    numerator: 'contacted',
    denominator: (c) => c.callbacks,
  },
  {
    id: 'satisfactionRate',
    zh: '满意率',
    requirement: 'R20.3',
    formula: '满意（含基本满意） ÷ (回访量 − 申诉核减)',
    numerator: 'satisfied',
    denominator: (c) => c.callbacks - c.appealsExcluded,
  },
  {
    id: 'rehandlingRate',
    zh: '重办率',
    requirement: 'R20.2',
    formula: '重办量 ÷ 回访量',
    numerator: 'rehandled',
    denominator: (c) => c.callbacks,
  },
];

export type MonthlyRateId = (typeof MONTHLY_RATES)[number]['id'];

/** A rate in [0, 1] rounded to 4 places, or null when nothing was there to count. */
export function rateOf(definition: IndicatorDefinition, counts: MonthlyCounts): number | null {
  const denominator = definition.denominator(counts);
  if (denominator <= 0) return null;
  return Math.round((counts[definition.numerator] / denominator) * 10_000) / 10_000;
}

export function monthlyRatesOf(counts: MonthlyCounts): Record<string, number | null> {
  return Object.fromEntries(MONTHLY_RATES.map((definition) => [definition.id, rateOf(definition, counts)]));
}

export const zeroCounts = (): Record<MonthlyCountId, number> =>
  Object.fromEntries(MONTHLY_COUNT_IDS.map((id) => [id, 0])) as Record<MonthlyCountId, number>;

/** R24.1 durations are medians and the 90th percentile (never averages), in working days. */
export interface DurationFigures {
  readonly medianWorkingDaysToSign: number | null;
  readonly p90WorkingDaysToSign: number | null;
  readonly medianWorkingDaysToComplete: number | null;
  readonly p90WorkingDaysToComplete: number | null;
}

/** Linear-interpolated percentile (as Postgres's percentile_cont), of values in any order. */
export function percentileOf(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
