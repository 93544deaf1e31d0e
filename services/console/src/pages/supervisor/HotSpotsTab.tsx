import { Table } from 'antd';
import { useEffect, useState } from 'react';
import { get } from '../../lib/api';

/** Concentrated complaints (R23.1 trigger 2): place × category against its own baseline. */
export function HotSpotsTab() {
  const [hotSpots, setHotSpots] = useState<Record<string, unknown>[]>([]);
  useEffect(() => {
    get<{ items: Record<string, unknown>[] }>('/api/v1/hot-spots').then(
      (page) => setHotSpots(page.items),
      () => undefined,
    );
  }, []);
  return (
    <Table
      size="small"
      rowKey={(row) => String(row['id'] ?? JSON.stringify(row).slice(0, 80))}
      dataSource={hotSpots}
      pagination={false}
      columns={[
        { title: '地点', render: (_v, row) => String(row['place'] ?? row['district'] ?? '—') },
        { title: '分类', dataIndex: 'category' },
        { title: '数量', dataIndex: 'count' },
      ]}
    />
  );
}
