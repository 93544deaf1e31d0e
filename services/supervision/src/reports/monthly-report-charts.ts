import { BreakdownView, MonthlyReport } from '@hotline/contracts';
import * as echarts from 'echarts';

const FONT = '"Noto Sans CJK SC", "Noto Serif CJK SC", "Microsoft YaHei", sans-serif';
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** One chart rendered to an SVG string on the server (ECharts' SSR renderer: no browser, no DOM). */
function svg(width: number, height: number, option: echarts.EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** R24.1 the 12-month trend: received and completed (bars), completed on time and satisfaction (lines, %). */
export function trendChart(report: MonthlyReport): string {
  return svg(680, 260, {
    legend: { top: 0, data: ['受理量', '办结量', '按时办结率', '满意率'] },
    grid: { left: 50, right: 50, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: report.trend.map((row) => row.month.slice(2)) },
    yAxis: [
      { type: 'value', name: '件' },
      { type: 'value', name: '%', min: 0, max: 100 },
    ],
    series: [
      { name: '受理量', type: 'bar', data: report.trend.map((row) => row.received), itemStyle: { color: '#5470c6' } },
      { name: '办结量', type: 'bar', data: report.trend.map((row) => row.completed), itemStyle: { color: '#91cc75' } },
      {
        name: '按时办结率',
        type: 'line',
        yAxisIndex: 1,
        data: report.trend.map((row) => percent(row.completedOnTimeRate)),
      },
      { name: '满意率', type: 'line', yAxisIndex: 1, data: report.trend.map((row) => percent(row.satisfactionRate)) },
    ],
  });
}

/** R25.1 the ranking of units by their assessment score (the best 20 shown). */
export function rankingChart(report: MonthlyReport): string {
  const shown = report.ranking.slice(0, 20).reverse();
  return svg(680, Math.max(120, 24 + shown.length * 18), {
    grid: { left: 110, right: 40, top: 8, bottom: 20 },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: shown.map((unit) => unit.unitId), axisLabel: { fontSize: 10 } },
    series: [
      {
        type: 'bar',
        data: shown.map((unit) => unit.score),
        label: { show: true, position: 'right', fontSize: 10 },
        itemStyle: { color: '#c23531' },
      },
    ],
  });
}

/** R24.1 a breakdown (by type or district): received per key as a bar chart. */
export function breakdownChart(rows: BreakdownView[], names: (key: string | null) => string): string {
  const shown = rows.slice(0, 12);
  return svg(330, 220, {
    grid: { left: 40, right: 10, top: 10, bottom: 56 },
    xAxis: { type: 'category', data: shown.map((row) => names(row.key)), axisLabel: { rotate: 35, fontSize: 10 } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: shown.map((row) => row.received), itemStyle: { color: '#fac858' } }],
  });
}
