import { isOneOf } from '../reference/one-of';

export const WORK_ORDER_STATUSES = [
  'received',
  'rejected',
  'closed-online',
  'callback-pending',
  'awaiting-dispatch',
  'coordinating',
  'escalated',
  'dispatched',
  'handling',
  'return-requested',
  'extension-requested',
  'replied',
  'completed',
  'rehandling',
  'unsatisfied',
  'appeal-requested',
  'reopened',
  'closed',
] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export const WORK_ORDER_STATUS_NAMES: Readonly<Record<WorkOrderStatus, string>> = {
  received: '已受理',
  rejected: '不予受理',
  'closed-online': '在线办结待回访',
  'callback-pending': '待回拨答复',
  'awaiting-dispatch': '待转办',
  coordinating: '疑难事项协调中（市热线信箱办）',
  escalated: '提请市人民政府协调',
  dispatched: '已转办待签收',
  handling: '办理中',
  'return-requested': '退回审核中',
  'extension-requested': '延期审核中',
  replied: '已反馈待审核',
  completed: '已办结待回访',
  rehandling: '重办中',
  unsatisfied: '回访不满意（可申诉）',
  'appeal-requested': '申诉审核中',
  reopened: '回访不满意，待话务员重新答复或转办',
  closed: '已归档',
};

/** States no step leaves. A closed-online order still awaits its callback (Art. 20, 全面回访). */
export const FINAL_STATUSES: readonly WorkOrderStatus[] = ['rejected', 'closed'];

export const isWorkOrderStatus = (value: unknown): value is WorkOrderStatus => isOneOf(WORK_ORDER_STATUSES, value);
