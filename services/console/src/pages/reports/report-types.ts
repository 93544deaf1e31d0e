/** GET /api/v1/reports/monthly (R24.1), as the console reads it. */
export interface Definition {
  id: string;
  zh: string;
  requirement: string;
  formula: string;
}

export interface UnitMonth {
  unitId: string | null;
  counts: Record<string, number>;
  rates: Record<string, number | null>;
  durations: Record<string, number | null>;
}

export interface Breakdown {
  key: string | null;
  received: number;
  completed: number;
  completedOnTimeRate: number | null;
  satisfactionRate: number | null;
}

export interface RankedUnit {
  unitId: string;
  score: number;
  rank: number;
}

export interface MonthlyReport {
  month: string;
  state: 'running' | 'closed' | 'future';
  asOf: string;
  frozenAt?: string;
  definitions: { counts: Definition[]; rates: Definition[] };
  city: UnitMonth;
  units: UnitMonth[];
  breakdowns: { type: Breakdown[]; district: Breakdown[]; field: Breakdown[] };
  trend: { month: string; received: number; completed: number; completedOnTimeRate: number | null }[];
  ranking: RankedUnit[];
  redList: RankedUnit[];
  blackList: RankedUnit[];
  assessmentMethodVersion: number;
  corrections: { eventId: string; workOrderId: string; step: string; unitId: string | null; arrivedAt: string }[];
}

/** GET /api/v1/assessments (R25.1). */
export interface Assessment {
  period: string;
  months: string[];
  method: { version: number; effectiveFrom: string | null };
  units: {
    unitId: string;
    score: number;
    rank: number;
    breakdown: { indicator: string; value: number | null; target: number; weight: number; points: number }[];
    deductions: { count: string; value: number; points: number }[];
  }[];
}

export const DURATION_NAMES: Record<string, string> = {
  medianWorkingDaysToSign: '签收用时中位数（工作日）',
  p90WorkingDaysToSign: '签收用时P90（工作日）',
  medianWorkingDaysToComplete: '办结用时中位数（工作日）',
  p90WorkingDaysToComplete: '办结用时P90（工作日）',
};

export const percent = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;

/** The months a reader picks from: this one and the 23 before it, in Beijing time. */
export function recentMonths(now = new Date()): string[] {
  const beijing = new Date(now.getTime() + 8 * 3600 * 1000);
  const months: string[] = [];
  for (let back = 0; back < 24; back++) {
    const date = new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth() - back, 1));
    months.push(`${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}
