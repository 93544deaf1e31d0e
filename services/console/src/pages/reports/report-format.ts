// How the reports are shown; their types are the API's (MonthlyReport, AssessmentView of @hotline/contracts).

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
