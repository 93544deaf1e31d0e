import { Card } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { BranchMark } from '../../components/BranchMark';
import { Link } from '../../components/Link';
import { PagedTable } from '../../components/PagedTable';
import { get, type Page } from '../../lib/api';
import { setSearch, useLocation } from '../../lib/router';
import { deadlineCell, type WorkOrderItem } from '../UnitInboxPage';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

function UnitChart({ items }: { items: WorkOrderItem[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item.leadUnitId ?? '未派', (counts.get(item.leadUnitId ?? '未派') ?? 0) + 1);
    chart.setOption({
      tooltip: {},
      grid: { left: 120, right: 16, top: 8, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: [...counts.keys()] },
      series: [{ type: 'bar', data: [...counts.values()], itemStyle: { color: '#c62828' } }],
    });
    return () => chart.dispose();
  }, [items]);
  return <div ref={element} style={{ height: 240 }} data-testid="unit-chart" />;
}

/** The overdue and due-soon boards, with the units they are at. */
export function BoardTab() {
  const { search } = useLocation();
  const board = search.get('board') === 'due-soon' ? 'due-soon' : 'overdue';
  const [boardItems, setBoardItems] = useState<WorkOrderItem[]>([]);
  const dueSoonBefore = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
  const load = (cursor?: string) =>
    get<Page<WorkOrderItem>>(
      '/api/v1/work-orders',
      board === 'overdue' ? { overdue: true, cursor } : { overdue: false, dueBefore: dueSoonBefore, cursor },
    );
  return (
    <Card
      size="small"
      title={board === 'overdue' ? '超期工单' : '即将到期工单'}
      extra={
        <a onClick={() => setSearch({ board: board === 'overdue' ? 'due-soon' : 'overdue', cursor: undefined })}>
          {board === 'overdue' ? '看即将到期' : '看超期'}
        </a>
      }
    >
      <UnitChart items={boardItems} />
      <PagedTable<WorkOrderItem>
        rowKey="id"
        testId="board"
        reloadKey={board}
        load={load}
        onPage={(page) => setBoardItems(page.items)}
        columns={[
          {
            title: '工单号',
            render: (_v, item) => (
              <>
                <Link to={`/orders/${item.id}`}>{item.number ?? item.id.slice(0, 8)}</Link>{' '}
                <BranchMark branch={item.branch} status={item.branchStatus} />
              </>
            ),
          },
          { title: '承办单位', dataIndex: 'leadUnitId' },
          { title: '时限', render: (_v, item) => deadlineCell(item) },
          { title: '诉求', render: (_v, item) => (item.request?.content ?? '').slice(0, 24) },
        ]}
      />
    </Card>
  );
}
