import type { TransferStatus } from '@hotline/contracts';

// A transfer out to a partner line (GET /api/v1/linkage/transfers) is TransferView of @hotline/contracts. A status
// without a name here (unrouted: nothing was sent) is shown by its code, as before.

export const TRANSFER_STATUS_NAMES: Partial<Record<TransferStatus, string>> = {
  sent: '已发送，等待对方确认',
  received: '对方已收到',
  accepted: '对方已接收',
  rejected: '对方已拒收',
  'in-progress': '对方处置中',
  completed: '对方已处置完毕',
  cancelled: '已撤销',
};

export const TRANSFER_STATUS_TONES: Partial<Record<TransferStatus, 'info' | 'success' | 'warning' | 'error'>> = {
  sent: 'info',
  received: 'info',
  accepted: 'success',
  'in-progress': 'success',
  completed: 'success',
  rejected: 'error',
  cancelled: 'warning',
};

const SETTLED: readonly TransferStatus[] = ['accepted', 'rejected', 'completed', 'cancelled'];
/** the partner has answered for good: nothing more to wait for on the operator's screen */
export const transferSettled = (status: TransferStatus) => SETTLED.includes(status);

/** the partner's rejection causes (RejectionCause of the partner protocol, as linkage stores them) */
export const REJECTION_CAUSE_NAMES: Record<string, string> = {
  LOCATION_UNKNOWN: '地点无法确定',
  NOT_OURS: '不属本单位受理范围',
  INCOMPLETE: '信息不完整',
  OTHER: '其他原因',
  UNSPECIFIED: '未说明原因',
};
