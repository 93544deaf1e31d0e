import type { RequestType, WorkOrderStatus } from '@hotline/domain';

/** The screens' short names of the statuses (the domain's WORK_ORDER_STATUS_NAMES are the long ones), one each. */
export const STATUS_NAMES: Record<string, string> = {
  received: '已受理',
  rejected: '不予受理',
  'closed-online': '在线办结待回访',
  'callback-pending': '待回拨答复',
  'awaiting-dispatch': '待转办',
  coordinating: '疑难协调中',
  escalated: '提请市政府协调',
  dispatched: '已转办待签收',
  handling: '办理中',
  'return-requested': '退回审核中',
  'extension-requested': '延期审核中',
  replied: '已反馈待审核',
  completed: '已办结待回访',
  rehandling: '重办中',
  unsatisfied: '回访不满意',
  'appeal-requested': '申诉审核中',
  reopened: '待重新答复或转办',
  closed: '已归档',
} satisfies Record<WorkOrderStatus, string>;

/** The request types as the screens name them, one each. */
export const TYPE_NAMES: Record<string, string> = {
  consultation: '咨询',
  help: '求助',
  complaint: '投诉',
  report: '举报',
  suggestion: '建议',
} satisfies Record<RequestType, string>;

const DUE_SOON_MS = 24 * 3600 * 1000;

/** overdue: red; due within a day: orange; otherwise none */
export function deadlineTone(due: string | null | undefined, now = Date.now()): 'overdue' | 'due-soon' | undefined {
  if (!due) return undefined;
  const at = Date.parse(due);
  if (Number.isNaN(at)) return undefined;
  if (at < now) return 'overdue';
  return at - now < DUE_SOON_MS ? 'due-soon' : undefined;
}

export const TONE_COLOURS = { overdue: 'red', 'due-soon': 'orange' } as const;

/** The day in Beijing of an instant, YYYY-MM-DD (its first seven characters are the month). */
export const beijingDay = (at: Date | string) =>
  new Date(at).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

export function shanghaiTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
