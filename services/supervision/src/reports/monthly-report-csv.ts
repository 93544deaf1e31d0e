import { MonthlyReport, UnitMonthView } from '@hotline/contracts';
import { MONTHLY_COUNTS, MONTHLY_RATES } from '@hotline/domain';

const BOM = '\uFEFF';

const DURATIONS: [string, string][] = [
  ['medianWorkingDaysToSign', '签收用时中位数（工作日）'],
  ['p90WorkingDaysToSign', '签收用时P90（工作日）'],
  ['medianWorkingDaysToComplete', '办结用时中位数（工作日）'],
  ['p90WorkingDaysToComplete', '办结用时P90（工作日）'],
];

function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(unit: UnitMonthView, month: string): string[] {
  return [
    month,
    unit.unitId ?? '全市',
    ...MONTHLY_COUNTS.map((count) => String(unit.counts[count.id] ?? 0)),
    ...MONTHLY_RATES.map((rate) => (unit.rates[rate.id] === null ? '' : String(unit.rates[rate.id]))),
    ...DURATIONS.map(([id]) => (unit.durations[id] === null ? '' : String(unit.durations[id]))),
  ];
}

/**
 * R24.1 the report as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads the Chinese headers), CRLF lines,
 * one row for the city and one per unit.
 */
export function monthlyReportCsv(report: MonthlyReport): string {
  const header = [
    '月份',
    '单位',
    ...MONTHLY_COUNTS.map((count) => count.zh),
    ...MONTHLY_RATES.map((rate) => rate.zh),
    ...DURATIONS.map(([, zh]) => zh),
  ];
  // A running month says so in every row: its figures still move.
  const month = report.state === 'running' ? `${report.month}（未截止）` : report.month;
  const lines = [header, row(report.city, month), ...report.units.map((unit) => row(unit, month))];
  return BOM + lines.map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}
