import type { HotSpotView } from '@hotline/contracts';
import { Card, Space, Tag } from 'antd';
import { useState } from 'react';
import { DateFilter } from '../../components/DateFilter';
import { PagedTable } from '../../components/PagedTable';
import { get, type Page } from '../../lib/api';
import { beijingDay, shanghaiTime } from '../../lib/format';
import { setSearch, useLocation } from '../../lib/router';
import { HotSpotsCase } from './HotSpotsCase';
import { HotSpotsTrendChart } from './HotSpotsTrendChart';

const placeOf = (hotSpot: HotSpotView) => [hotSpot.district, hotSpot.street].filter(Boolean).join(' ');

function HotSpotDetail({ hotSpot }: { hotSpot: HotSpotView }) {
  return (
    <Card size="small" title={`${placeOf(hotSpot)} · ${hotSpot.category} 每日件数`} data-testid="hot-spot-detail">
      <HotSpotsTrendChart trend={hotSpot.trend} windowFrom={beijingDay(hotSpot.windowStart)} />
      {hotSpot.workOrderIds[0] && <HotSpotsCase hotSpotId={hotSpot.id} workOrderId={hotSpot.workOrderIds[0]} />}
    </Card>
  );
}

/** Concentrated complaints (R23.1 trigger 2, 每月一题): place × category against its own baseline, with its case. */
export function HotSpotsTab() {
  const { search } = useLocation();
  const since = search.get('since') ?? '';
  const [shown, setShown] = useState<HotSpotView[]>([]);
  const load = (cursor?: string) =>
    get<Page<HotSpotView>>('/api/v1/hot-spots', { since: since ? `${since}T00:00:00+08:00` : undefined, cursor });
  const chosen = shown.find((item) => item.id === search.get('hotSpot')) ?? shown[0];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        有工单自
        <DateFilter type="date" param="since" value={since} testId="hot-spots-since" />起
      </Space>
      <PagedTable<HotSpotView>
        rowKey="id"
        testId="hot-spots"
        reloadKey={since}
        load={load}
        onPage={(page) => setShown(page.items)}
        columns={[
          { title: '地点', render: (_v, item) => placeOf(item) },
          { title: '分类', dataIndex: 'category' },
          { title: '工单数', dataIndex: 'count' },
          {
            title: '发现时 / 基线',
            render: (_v, item) => `${item.detectedCount} / ${Number(item.baseline.toFixed(1))}`,
          },
          { title: '发现于', render: (_v, item) => shanghaiTime(item.detectedAt) },
          {
            title: '状态',
            render: (_v, item) =>
              item.active ? <Tag color="red">持续中（至 {shanghaiTime(item.activeUntil)}）</Tag> : <Tag>已平息</Tag>,
          },
          {
            title: '趋势与督办',
            render: (_v, item) =>
              item.id === chosen?.id ? '见下方' : <a onClick={() => setSearch({ hotSpot: item.id })}>查看</a>,
          },
        ]}
      />
      {chosen && <HotSpotDetail key={chosen.id} hotSpot={chosen} />}
    </Space>
  );
}
