import type { HotSpotDailyCount } from '@hotline/contracts';
import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, AriaComponent, GridComponent, MarkAreaComponent, TooltipComponent, CanvasRenderer]);

/** The place × category's complaints per day, the days from the detection window on shaded. */
export function HotSpotsTrendChart({ trend, windowFrom }: { trend: HotSpotDailyCount[]; windowFrom: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    const shaded = trend.filter((point) => point.day >= windowFrom).map((point) => point.day.slice(5));
    chart.setOption({
      // a description of the series for screen readers, on the chart's element
      aria: {
        enabled: true,
        label: {
          description: `每日件数：${trend.map((point) => `${point.day.slice(5)} ${point.count} 件`).join('，')}`,
        },
      },
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 16, bottom: 24 },
      xAxis: { type: 'category', data: trend.map((point) => point.day.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'line',
          name: '件数',
          data: trend.map((point) => point.count),
          itemStyle: { color: '#c62828' },
          markArea:
            shaded.length > 0
              ? {
                  itemStyle: { color: 'rgba(198, 40, 40, 0.08)' },
                  data: [[{ xAxis: shaded[0] }, { xAxis: shaded[shaded.length - 1] }]],
                }
              : undefined,
        },
      ],
    });
    return () => chart.dispose();
  }, [trend, windowFrom]);
  return <div ref={element} style={{ height: 220 }} data-testid="hot-spot-trend" />;
}
