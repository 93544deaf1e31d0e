import type { SupervisionCaseView } from '@hotline/contracts';
import type { FormField } from '../../components/FormModal';
import type { Role } from '../../lib/session';
import { extensionPending } from './supervision-case';

export interface CaseAction {
  key: string;
  label: string;
  fields: FormField[];
  /** the path after /api/v1/supervision-cases/{cid} */
  path: (supervisionCase: SupervisionCaseView) => string;
  danger?: boolean;
  /** whether this reader may take the step on the case now (the API decides in the end) */
  offered: (supervisionCase: SupervisionCaseView, role: Role) => boolean;
}

const isOpen = (supervisionCase: SupervisionCaseView) => supervisionCase.status === 'open';
const unfinished = (supervisionCase: SupervisionCaseView) => supervisionCase.status !== 'resolved';

/** R23.2 and R23.3: what the unit and the supervisor do on a case. */
export const CASE_ACTIONS: CaseAction[] = [
  {
    key: 'answer',
    label: '答复督办',
    path: () => 'answers',
    fields: [{ name: 'answer', label: '答复（办理情况与结果）', kind: 'textarea', required: true }],
    offered: (supervisionCase, role) => role === 'unit' && unfinished(supervisionCase),
  },
  {
    key: 'extension',
    label: '申请延期',
    path: () => 'extensions',
    fields: [
      { name: 'workingDays', label: '延期工作日（至多10个）', kind: 'number', required: true, initial: 5 },
      { name: 'reason', label: '延期理由', kind: 'textarea', required: true },
    ],
    offered: (supervisionCase, role) => role === 'unit' && isOpen(supervisionCase) && !supervisionCase.extension,
  },
  {
    key: 'decision',
    label: '审核延期',
    path: (supervisionCase) => `extensions/${supervisionCase.extension?.id ?? ''}/decision`,
    fields: [
      {
        name: 'approve',
        label: '决定',
        kind: 'select',
        required: true,
        options: [
          { value: 'yes', label: '同意延期' },
          { value: 'no', label: '不同意延期' },
        ],
      },
      { name: 'comment', label: '意见', kind: 'textarea' },
    ],
    offered: (supervisionCase, role) =>
      role === 'supervisor' && isOpen(supervisionCase) && extensionPending(supervisionCase),
  },
  {
    key: 'escalate',
    label: '呈报督查室',
    danger: true,
    path: () => 'escalate',
    fields: [{ name: 'reason', label: '理由（时限内呈报须写明）', kind: 'textarea' }],
    offered: (supervisionCase, role) => role === 'supervisor' && isOpen(supervisionCase),
  },
  {
    key: 'close',
    label: '督办办结',
    path: () => 'close',
    fields: [{ name: 'result', label: '督办结果', kind: 'textarea', required: true }],
    offered: (supervisionCase, role) => role === 'supervisor' && unfinished(supervisionCase),
  },
];

/** The form's values as the route's body (the decision's select answers yes or no). */
export function caseActionBody(action: CaseAction, values: Record<string, unknown>): Record<string, unknown> {
  if (action.key !== 'decision') return values;
  const { approve, ...rest } = values;
  return { ...rest, approve: approve === 'yes' };
}
