import { Tag } from 'antd';
import { Link } from '../../components/Link';
import { PagedTable } from '../../components/PagedTable';
import { get, type Page } from '../../lib/api';

export interface CaseDeadline {
  due: string;
  lastDay: string;
  display: string;
  workingDays: number;
  extendedBy?: number;
}

/** A supervision case as GET /api/v1/supervision-cases lists it (R23). */
export interface SupervisionCase {
  id: string;
  trigger: number;
  triggerText: string;
  method: string;
  methodText: string;
  source?: string;
  status: 'open' | 'escalated' | 'resolved';
  workOrderIds: string[];
  unitIds: string[];
  openedAt: string;
  deadline: CaseDeadline;
  overdue: boolean;
  extension?: {
    id?: string;
    workingDays: number;
    reason: string;
    decision?: 'approved' | 'rejected';
    comment?: string;
  };
  answers: number;
  lastAnsweredAt?: string;
  escalation?: { at: string; to: string; withinLimit: boolean; reason?: string };
  result?: string;
}

export const CASE_STATUS_TEXT: Record<SupervisionCase['status'], string> = {
  open: '督办中',
  escalated: '已提请督查',
  resolved: '已办结',
};

/** 督办件: every case, newest first. */
export function CasesTab() {
  return (
    <PagedTable<SupervisionCase>
      rowKey="id"
      testId="cases"
      load={(cursor) => get<Page<SupervisionCase>>('/api/v1/supervision-cases', { cursor })}
      columns={[
        { title: '情形', render: (_v, item) => item.triggerText },
        { title: '方式', dataIndex: 'methodText' },
        {
          title: '工单',
          render: (_v, item) =>
            item.workOrderIds.slice(0, 3).map((id) => (
              <Link key={id} to={`/orders/${id}`}>
                {id.slice(0, 8)}{' '}
              </Link>
            )),
        },
        { title: '单位', render: (_v, item) => item.unitIds.join('、') },
        {
          title: '时限',
          render: (_v, item) => <Tag color={item.overdue ? 'red' : undefined}>{item.deadline.display}</Tag>,
        },
        { title: '状态', render: (_v, item) => CASE_STATUS_TEXT[item.status] },
      ]}
    />
  );
}
