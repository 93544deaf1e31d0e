import type { FormField } from '../../components/FormModal';
import { redispatchUnitField } from './redispatch-unit-field';

export type StepField = FormField;

export interface StepAction {
  /** the step in the work order's `nextSteps` that offers this button */
  step: string;
  label: string;
  /** the path after /api/v1/work-orders/{id}; `{rid}` is the pending request's id `<id>:<version>` */
  path: string;
  fields: StepField[];
  fixed?: Record<string, unknown>;
  danger?: boolean;
  /** fills fields the form does not ask for (e.g. when the reply was handled) */
  complete?: (values: Record<string, unknown>) => Record<string, unknown>;
  /** fields whose choices come from the API (asked for when the form opens) */
  loadFields?: (workOrderId: string) => Promise<StepField[]>;
}

const comment: StepField = { name: 'comment', label: '意见', kind: 'textarea' };

/** R18.1: what a unit's reply says, the lead unit's as a step, a co unit's as its contribution (R15.5). */
export const REPLY_FIELDS: StepField[] = [
  { name: 'handledBy', label: '承办人', kind: 'text', required: true },
  { name: 'process', label: '办理过程', kind: 'textarea', required: true },
  { name: 'result', label: '办理结果', kind: 'textarea', required: true },
  { name: 'callerContacted', label: '已联系来电人', kind: 'bool', initial: true },
  {
    name: 'contactMethod',
    label: '联系方式',
    kind: 'select',
    initial: 'phone',
    options: [
      { value: 'phone', label: '电话' },
      { value: 'visit', label: '上门' },
      { value: 'sms', label: '短信' },
    ],
  },
  {
    name: 'outcome',
    label: '办理情况',
    kind: 'select',
    required: true,
    initial: 'solved',
    options: [
      { value: 'solved', label: '已解决' },
      { value: 'plan', label: '列入计划' },
      { value: 'not-possible', label: '无法解决（说明原因）' },
    ],
  },
  { name: 'explanation', label: '说明', kind: 'textarea' },
];

/**
 * The two buttons that decide a pending request (`{requests}/{rid}/decision`): the approval, and the refusal (danger);
 * each asks for a comment.
 */
function decisionActions(
  requests: 'returns' | 'extensions' | 'appeals',
  approve: Pick<StepAction, 'step' | 'label' | 'loadFields'>,
  reject: Pick<StepAction, 'step' | 'label'>,
): StepAction[] {
  const path = `${requests}/{rid}/decision`;
  return [
    { ...approve, path, fixed: { approve: true }, fields: [comment] },
    { ...reject, path, fixed: { approve: false }, fields: [comment], danger: true },
  ];
}

/** The reply's handling time is when it is sent. */
export const completeReply = (values: Record<string, unknown>) => ({ ...values, handledAt: new Date().toISOString() });

export const STEP_ACTIONS: StepAction[] = [
  { step: 'sign', label: '签收', path: 'sign', fields: [] },
  {
    step: 'request-return',
    label: '申请退回',
    path: 'returns',
    danger: true,
    fields: [
      { name: 'reason', label: '退回理由', kind: 'textarea', required: true },
      { name: 'basis', label: '依据（职责、法规）', kind: 'textarea', required: true },
    ],
  },
  {
    step: 'request-extension',
    label: '申请延期',
    path: 'extensions',
    fields: [
      { name: 'workingDays', label: '延期工作日', kind: 'number', required: true, initial: 3 },
      { name: 'reason', label: '延期理由', kind: 'textarea', required: true },
    ],
  },
  {
    step: 'submit-reply',
    label: '办结反馈',
    path: 'replies',
    fields: REPLY_FIELDS,
    complete: completeReply,
  },
  {
    step: 'request-appeal',
    label: '申诉',
    path: 'appeals',
    fields: [
      { name: 'reason', label: '申诉理由', kind: 'textarea', required: true },
      { name: 'evidence', label: '证据', kind: 'textarea', required: true },
    ],
  },
  ...decisionActions(
    'returns',
    {
      step: 'approve-return',
      label: '同意退回',
      loadFields: async (workOrderId) => [await redispatchUnitField(workOrderId)],
    },
    { step: 'reject-return', label: '不同意退回' },
  ),
  ...decisionActions(
    'extensions',
    { step: 'approve-extension', label: '同意延期' },
    { step: 'reject-extension', label: '不同意延期' },
  ),
  { step: 'pass-reply', label: '审核通过', path: 'replies/{rid}/review', fixed: { pass: true }, fields: [comment] },
  {
    step: 'fail-reply',
    label: '审核不通过',
    path: 'replies/{rid}/review',
    fixed: { pass: false },
    fields: [comment],
    danger: true,
  },
  {
    step: 'record-callback',
    label: '登记回访',
    path: 'callbacks',
    fields: [
      {
        name: 'satisfaction',
        label: '满意度',
        kind: 'select',
        required: true,
        options: [
          { value: 'satisfied', label: '满意' },
          { value: 'basically-satisfied', label: '基本满意' },
          { value: 'unsatisfied', label: '不满意' },
        ],
      },
      { name: 'contacted', label: '联系上来电人', kind: 'bool', initial: true },
      {
        name: 'cause',
        label: '不满意原因',
        kind: 'select',
        options: [
          { value: 'unit', label: '承办单位原因' },
          { value: 'caller-false', label: '来电人反映不实' },
          { value: 'policy', label: '政策原因' },
          { value: 'malicious', label: '恶意诉求' },
        ],
      },
      { name: 'reason', label: '不满意的具体原因', kind: 'textarea' },
    ],
  },
  ...decisionActions(
    'appeals',
    { step: 'approve-appeal', label: '同意申诉' },
    { step: 'reject-appeal', label: '驳回申诉' },
  ),
];
