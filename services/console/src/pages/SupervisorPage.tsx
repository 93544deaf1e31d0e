import { Card, Col, Row, Table } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { Link } from '../components/Link';
import { PagedTable } from '../components/PagedTable';
import { get, type Page } from '../lib/api';
import { setSearch, useLocation } from '../lib/router';
import { deadlineCell, type WorkOrderItem } from './UnitInboxPage';

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

/** 督办: overdue and due-soon boards by unit, supervision cases and hot spots. */
export function SupervisorPage() {
  const { search } = useLocation();
  const board = search.get('board') === 'due-soon' ? 'due-soon' : 'overdue';
  const [boardItems, setBoardItems] = useState<WorkOrderItem[]>([]);
  const [cases, setCases] = useState<Record<string, unknown>[]>([]);
  const [hotSpots, setHotSpots] = useState<Record<string, unknown>[]>([]);
  useEffect(() => {
    get<Page<Record<string, unknown>>>('/api/v1/supervision-cases').then(
      (page) => setCases(page.items),
      () => undefined,
    );
    get<{ items: Record<string, unknown>[] }>('/api/v1/hot-spots').then(
      (page) => setHotSpots(page.items),
      () => undefined,
    );
  }, []);
  const dueSoonBefore = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
  const load = (cursor?: string) =>
    get<Page<WorkOrderItem>>(
      '/api/v1/work-orders',
      board === 'overdue' ? { overdue: true, cursor } : { overdue: false, dueBefore: dueSoonBefore, cursor },
    ).then((page) => (setBoardItems(page.items), page));
  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <Card
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
            columns={[
              {
                title: '工单号',
                render: (_v, item) => <Link to={`/orders/${item.id}`}>{item.number ?? item.id.slice(0, 8)}</Link>,
              },
              { title: '承办单位', dataIndex: 'leadUnitId' },
              { title: '时限', render: (_v, item) => deadlineCell(item) },
              { title: '诉求', render: (_v, item) => (item.request?.content ?? '').slice(0, 24) },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title="督办件" size="small" style={{ marginBottom: 16 }}>
          <Table
            size="small"
            rowKey={(row) => String(row['id'])}
            dataSource={cases}
            pagination={false}
            columns={[
              {
                title: '工单',
                dataIndex: 'workOrderId',
                render: (id: string) => <Link to={`/orders/${id}`}>{id?.slice(0, 8)}</Link>,
              },
              { title: '单位', dataIndex: 'unitId' },
              { title: '状态', dataIndex: 'status' },
            ]}
          />
        </Card>
        <Card title="热点" size="small">
          <Table
            size="small"
            rowKey={(row) => JSON.stringify(row).slice(0, 80)}
            dataSource={hotSpots}
            pagination={false}
            columns={[
              { title: '地点', render: (_v, row) => String(row['place'] ?? row['district'] ?? '—') },
              { title: '分类', dataIndex: 'category' },
              { title: '数量', dataIndex: 'count' },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
