import type { CallbackDueView } from '@hotline/contracts';
import { Card, Tabs } from 'antd';
import { Link } from '../components/Link';
import { PagedTable } from '../components/PagedTable';
import { get, type Page } from '../lib/api';
import { shanghaiTime, TYPE_NAMES } from '../lib/format';
import { setSearch, useLocation } from '../lib/router';
import { deadlineCell, type WorkOrderItem } from './UnitInboxPage';

const QUEUES = [
  { key: 'returns', label: '退回审核', status: 'return-requested' },
  { key: 'extensions', label: '延期审核', status: 'extension-requested' },
  { key: 'replies', label: '反馈审核', status: 'replied' },
  { key: 'callbacks', label: '回访', status: undefined },
  { key: 'appeals', label: '申诉审核', status: 'appeal-requested' },
] as const;

const asWorkOrderItems = (page: Page<CallbackDueView>): Page<WorkOrderItem> => ({
  ...page,
  items: page.items.map((item) => ({
    id: item.workOrderId,
    number: null,
    status: item.status,
    type: item.type,
    leadUnitId: item.leadUnitId ?? null,
    district: null,
    category: null,
    receivedAt: item.finishedAt,
    due: item.callbackDue.due,
    overdue: item.overdue,
    request: null,
  })),
});

/** 审核员: one queue per decision the centre takes; the callback queue is the callbacks due (R20.1). */
export function ReviewerPage() {
  const { search } = useLocation();
  const tab = search.get('tab') ?? 'returns';
  const queue = QUEUES.find((candidate) => candidate.key === tab) ?? QUEUES[0];
  return (
    <Card title="审核队列">
      <Tabs
        activeKey={queue.key}
        onChange={(key) => setSearch({ tab: key, cursor: undefined })}
        items={QUEUES.map((candidate) => ({
          key: candidate.key,
          label: <span data-testid={`queue-${candidate.key}`}>{candidate.label}</span>,
        }))}
      />
      <PagedTable<WorkOrderItem>
        key={queue.key}
        rowKey="id"
        testId={`queue-${queue.key}-list`}
        reloadKey={queue.key}
        load={(cursor) =>
          queue.status
            ? get<Page<WorkOrderItem>>('/api/v1/work-orders', { status: queue.status, cursor })
            : get<Page<CallbackDueView>>('/api/v1/callbacks', { status: 'due', cursor }).then(asWorkOrderItems)
        }
        columns={[
          {
            title: '工单号',
            render: (_v, item) => (
              <Link to={`/orders/${item.id}`} testId="queue-order">
                {item.number ?? item.id.slice(0, 8)}
              </Link>
            ),
          },
          { title: '类型', dataIndex: 'type', render: (value: string) => TYPE_NAMES[value] ?? value ?? '—' },
          { title: '承办单位', dataIndex: 'leadUnitId' },
          { title: '时限', render: (_v, item) => deadlineCell(item) },
          { title: '受理时间', dataIndex: 'receivedAt', render: (value: string) => shanghaiTime(value) },
          { title: '诉求', render: (_v, item) => (item.request?.content ?? '').slice(0, 30) },
        ]}
      />
    </Card>
  );
}
