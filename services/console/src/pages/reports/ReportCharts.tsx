import type { BreakdownView, MonthlyReport } from '@hotline/contracts';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** An ECharts canvas drawn from `option`, redrawn when it changes and disposed with the component. */
function Chart({
  option,
  testId,
  height = 260,
}: {
  option: echarts.EChartsCoreOption;
  testId: string;
  height?: number;
}) {
  const element = useRef<HTMLDivElement>(null);
  const drawn = JSON.stringify(option);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    chart.setOption(JSON.parse(drawn) as echarts.EChartsCoreOption);
    return () => chart.dispose();
  }, [drawn]);
  return <div ref={element} style={{ height }} data-testid={testId} />;
}

const asPercent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** The last 12 months: received and completed, and the on-time rate. */
export function TrendChart({ trend }: { trend: MonthlyReport['trend'] }) {
  return (
    <Chart
      testId="trend-chart"
      option={{
        tooltip: { trigger: 'axis' },
        legend: { data: ['受理量', '办结量', '按时办结率%'] },
        grid: { left: 48, right: 48, top: 32, bottom: 24 },
        xAxis: { type: 'category', data: trend.map((month) => month.month) },
        yAxis: [
          { type: 'value', minInterval: 1 },
          { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        ],
        series: [
          { name: '受理量', type: 'bar', data: trend.map((month) => month.received), itemStyle: { color: '#b71c1c' } },
          { name: '办结量', type: 'bar', data: trend.map((month) => month.completed), itemStyle: { color: '#546e7a' } },
          {
            name: '按时办结率%',
            type: 'line',
            yAxisIndex: 1,
            data: trend.map((month) => asPercent(month.completedOnTimeRate)),
          },
        ],
      }}
    />
  );
}

/** Units by their assessment score, best on top. */
export function RankingChart({ scores }: { scores: { name: string; score: number }[] }) {
  const shown = [...scores].reverse();
  return (
    <Chart
      testId="ranking-chart"
      height={Math.max(160, shown.length * 24 + 40)}
      option={{
        tooltip: {},
        grid: { left: 160, right: 24, top: 8, bottom: 24 },
        xAxis: { type: 'value', max: 100 },
        yAxis: { type: 'category', data: shown.map((unit) => unit.name) },
        series: [{ type: 'bar', data: shown.map((unit) => unit.score), itemStyle: { color: '#b71c1c' } }],
      }}
    />
  );
}

/** Received and completed by type, field or district. */
export function BreakdownChart({
  rows,
  testId,
  names,
}: {
  rows: BreakdownView[];
  testId: string;
  names?: Record<string, string>;
}) {
  const labels = rows.map((row) => (row.key ? (names?.[row.key] ?? row.key) : '未填'));
  return (
    <Chart
      testId={testId}
      height={220}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { data: ['受理量', '办结量'] },
        grid: { left: 40, right: 16, top: 32, bottom: 40 },
        xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: '受理量', type: 'bar', data: rows.map((row) => row.received), itemStyle: { color: '#b71c1c' } },
          { name: '办结量', type: 'bar', data: rows.map((row) => row.completed), itemStyle: { color: '#546e7a' } },
        ],
      }}
    />
  );
}
