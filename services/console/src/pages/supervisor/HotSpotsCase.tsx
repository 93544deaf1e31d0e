import type { SupervisionCaseView } from '@hotline/contracts';
import type { SupervisionCaseStatus } from '@hotline/domain';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from '../../components/Link';
import { get, type Page } from '../../lib/api';
import { useLatestAnswer } from '../../lib/latest-answer';

const ORDERS_SHOWN = 20;

/** What this screen reads of a supervision case (GET /api/v1/supervision-cases). */
type HotSpotCase = Pick<
  SupervisionCaseView,
  'id' | 'hotSpotId' | 'triggerText' | 'status' | 'workOrderIds' | 'deadline' | 'overdue'
>;

const STATUS_TEXT: Record<SupervisionCaseStatus, string> = {
  open: '督办中',
  escalated: '已提请督查',
  resolved: '已办结',
};

/**
 * The supervision case the platform opened for a hot spot (trigger 2), found through one of its work orders, with
 * the work orders it links.
 */
export function HotSpotsCase({ hotSpotId, workOrderId }: { hotSpotId: string; workOrderId: string }) {
  const [found, setFound] = useState<HotSpotCase | null>();
  useLatestAnswer(
    () => get<Page<HotSpotCase>>('/api/v1/supervision-cases', { workOrderId, trigger: 2 }),
    {
      answer: (page) => setFound(page.items.find((item) => item.hotSpotId === hotSpotId) ?? null),
      failure: () => setFound(null),
    },
    [hotSpotId, workOrderId],
  );
  if (found === undefined) return null;
  if (found === null) return <Typography.Text type="secondary">督办件尚未立案</Typography.Text>;
  return (
    <Descriptions size="small" column={1} bordered data-testid="hot-spot-case">
      <Descriptions.Item label="督办件">
        <Space>
          {found.triggerText}
          <Tag>{STATUS_TEXT[found.status]}</Tag>
          <Tag color={found.overdue ? 'red' : undefined}>时限 {found.deadline.display}</Tag>
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={`关联工单（${found.workOrderIds.length} 件）`}>
        <Space wrap size={4}>
          {found.workOrderIds.slice(0, ORDERS_SHOWN).map((id) => (
            <Link key={id} to={`/orders/${id}`} testId="hot-spot-order">
              {id.slice(0, 8)}
            </Link>
          ))}
          {found.workOrderIds.length > ORDERS_SHOWN && <span>…</span>}
        </Space>
      </Descriptions.Item>
    </Descriptions>
  );
}
