import type { WorkOrderListItem } from '@hotline/contracts';
import { Card } from 'antd';
import { PagedTable } from '../../components/PagedTable';
import { Link } from '../../components/Link';
import { get, type Page } from '../../lib/api';
import { shanghaiTime } from '../../lib/format';

type Item = Pick<WorkOrderListItem, 'id' | 'number' | 'due' | 'request'>;

/** R15.2: requests waiting for the operator's call back, due today or earlier first. */
export function CallbacksDueToday() {
  const endOfToday = new Date();
  endOfToday.setHours(23, 59, 59, 999);
  return (
    <Card title="今日待回拨" size="small">
      <PagedTable<Item>
        cursorParam="callbacksCursor"
        rowKey="id"
        testId="callbacks-due"
        load={(cursor) =>
          get<Page<Item>>('/api/v1/work-orders', {
            status: 'callback-pending',
            dueBefore: endOfToday.toISOString(),
            cursor,
          })
        }
        columns={[
          {
            title: '工单号',
            dataIndex: 'number',
            render: (_v, item) => <Link to={`/orders/${item.id}`}>{item.number ?? item.id.slice(0, 8)}</Link>,
          },
          { title: '回拨时限', dataIndex: 'due', render: (due: string | null) => shanghaiTime(due) },
          { title: '诉求', render: (_v, item) => (item.request?.content ?? '').slice(0, 24) },
        ]}
      />
    </Card>
  );
}
