import type { SupervisionCaseView } from '@hotline/contracts';
import type {
  SupervisionCaseEvent,
  SupervisionCaseStatus,
  SupervisionMethod,
  SupervisionTriggerCode,
} from '@hotline/domain';

// A supervision case as GET /api/v1/supervision-cases lists it (R23) is SupervisionCaseView of @hotline/contracts.

export const CASE_STATUS_NAMES: Record<SupervisionCaseStatus, string> = {
  open: '督办中',
  escalated: '已呈报市人民政府督查室',
  resolved: '督办办结',
};

export const CASE_STATUS_COLOURS: Record<SupervisionCaseStatus, string> = {
  open: 'blue',
  escalated: 'volcano',
  resolved: 'green',
};

/** 第二十三条's eight cases; 1–3 the system also opens itself, 4–8 need their source. */
export const TRIGGER_OPTIONS: { value: SupervisionTriggerCode; label: string }[] = [
  { value: 1, label: '1 逾期未办结事项' },
  { value: 2, label: '2 集中投诉举报的热点、难点事项' },
  { value: 3, label: '3 发回重办后仍不满意，确属承办单位原因' },
  { value: 4, label: '4 市委、市人民政府交办的事项' },
  { value: 5, label: '5 新闻媒体曝光的事项' },
  { value: 6, label: '6 影响恶劣、影响社会安定团结的事项' },
  { value: 7, label: '7 因工作失误导致省考核扣分的事项' },
  { value: 8, label: '8 其他需要督办的事项' },
];

/** R23.2: system supervision runs at most 5 working days, the others 10. */
export const METHOD_OPTIONS: { value: SupervisionMethod; label: string }[] = [
  { value: 'system', label: '系统督办（≤5个工作日）' },
  { value: 'phone', label: '电话催办（≤10个工作日）' },
  { value: 'on-site', label: '现场督办（≤10个工作日）' },
  { value: 'letter', label: '发函督办（≤10个工作日）' },
  { value: 'meeting', label: '召开督办会议（≤10个工作日）' },
];

export const CASE_STEP_NAMES: Record<string, string> = {
  'open-case': '立案督办',
  'link-work-orders': '关联工单',
  'request-case-extension': '申请延期',
  'approve-case-extension': '同意延期',
  'reject-case-extension': '不同意延期',
  'answer-case': '单位答复',
  'mark-case-overdue': '督办逾期',
  'resolve-case': '督办办结',
  'escalate-case': '呈报督查室',
} satisfies Record<SupervisionCaseEvent, string>;

/** The case still waits for the supervisor's decision on the unit's extension. */
export const extensionPending = (supervisionCase: SupervisionCaseView) =>
  Boolean(supervisionCase.extension && !supervisionCase.extension.decision);
