import type { WorkOrderListItem } from '@hotline/contracts';
import { Badge, Card, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { BranchMark } from '../components/BranchMark';
import { Link } from '../components/Link';
import { PagedTable } from '../components/PagedTable';
import { get, type Page } from '../lib/api';
import { useWorkOrderEvents } from '../lib/events';
import { deadlineTone, shanghaiTime, STATUS_NAMES, TONE_COLOURS, TYPE_NAMES } from '../lib/format';
import { setSearch, useLocation } from '../lib/router';

/**
 * A row of GET /api/v1/work-orders as the lists show it; the reviewer's callback queue makes its rows into such rows,
 * without co units or origin.
 */
export type WorkOrderItem = Omit<WorkOrderListItem, 'coUnitIds' | 'origin'> &
  Partial<Pick<WorkOrderListItem, 'origin'>>;

const PROJECTION_LAG_MS = [0, 700, 2000, 5000];

export function deadlineCell(item: Pick<WorkOrderItem, 'due' | 'overdue'>) {
  const tone = item.overdue ? 'overdue' : deadlineTone(item.due);
  return tone ? (
    <Tag color={TONE_COLOURS[tone]} data-testid={`deadline-${tone}`}>
      {tone === 'overdue' ? '已超期' : '即将到期'} {shanghaiTime(item.due)}
    </Tag>
  ) : (
    shanghaiTime(item.due)
  );
}

/** 承办单位: its work orders, nearest deadline first, refreshed live when one is dispatched to it or moves. */
export function UnitInboxPage() {
  const { search } = useLocation();
  const status = search.get('status') ?? undefined;
  const [reloads, setReloads] = useState(0);
  const [live, setLive] = useState(false);
  const [arrived, setArrived] = useState<string[]>([]);
  useWorkOrderEvents(
    (event) => {
      if (event.step === 'dispatch' || event.step === 'assign-by-coordination')
        setArrived((ids) => [...ids, event.workOrderId]);
      // The list is supervision's copy, which follows the same event a moment later: read it again until it has.
      for (const delay of PROJECTION_LAG_MS) setTimeout(() => setReloads((count) => count + 1), delay);
    },
    () => setReloads((count) => count + 1),
    () => setLive(true),
  );
  return (
    <Card
      title={
        <Space>
          待办工单
          <Badge
            status={live ? 'processing' : 'default'}
            text={live ? '实时' : '连接中'}
            data-testid={live ? 'stream-live' : 'stream-connecting'}
          />
          {arrived.length > 0 && (
            <Tag color="blue" data-testid="arrived-count">
              新派 {arrived.length}
            </Tag>
          )}
        </Space>
      }
      extra={
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 160 }}
          value={status}
          data-testid="inbox-status"
          onChange={(value?: string) => setSearch({ status: value, cursor: undefined })}
          options={['dispatched', 'handling', 'extension-requested', 'replied', 'rehandling', 'unsatisfied'].map(
            (value) => ({ value, label: STATUS_NAMES[value] }),
          )}
        />
      }
    >
      <Typography.Paragraph type="secondary">
        按最近时限排序，无时限的在后；红色已超期，橙色24小时内到期。
      </Typography.Paragraph>
      <PagedTable<WorkOrderItem>
        rowKey="id"
        testId="inbox"
        reloadKey={`${status ?? ''}:${reloads}`}
        load={(cursor) => get<Page<WorkOrderItem>>('/api/v1/work-orders', { status, sort: 'due', cursor })}
        columns={[
          {
            title: '工单号',
            render: (_v, item) => (
              <>
                <Link to={`/orders/${item.id}`} testId="inbox-order">
                  {item.number ?? item.id.slice(0, 8)}
                </Link>{' '}
                <BranchMark branch={item.branch} status={item.branchStatus} />
              </>
            ),
          },
          { title: '状态', dataIndex: 'status', render: (value: string) => STATUS_NAMES[value] ?? value },
          { title: '类型', dataIndex: 'type', render: (value: string) => TYPE_NAMES[value] ?? value },
          { title: '时限', render: (_v, item) => deadlineCell(item) },
          { title: '诉求', render: (_v, item) => (item.request?.content ?? '').slice(0, 30) },
          { title: '区县', dataIndex: 'district' },
        ]}
      />
    </Card>
  );
}
