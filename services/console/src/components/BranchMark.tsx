import { Tag } from 'antd';

/** R10.2 the statuses a branch centre reports, as it names them. */
export const BRANCH_STATUS_NAMES: Record<string, string> = {
  accepted: '已受理',
  dispatched: '已派单',
  handling: '办理中',
  replied: '已答复',
  closed: '已办结',
};

/** R10.2 marks a branch centre's order (12315, 12333 …) in a list or on its page: supervised like ours. */
export function BranchMark({ branch, status }: { branch?: string | null; status?: string | null }) {
  if (!branch) return null;
  return (
    <Tag color="purple" data-testid="branch-mark">
      分中心 {branch}
      {status ? ` · ${BRANCH_STATUS_NAMES[status] ?? status}` : ''}
    </Tag>
  );
}
