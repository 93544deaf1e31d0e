/** What a transfer out to a partner line looks like to the operator (GET /api/v1/linkage/transfers). */
export interface Transfer {
  id: string;
  partner: string;
  status: string;
  attempts: number;
  sentAt: string;
  acknowledgedAt?: string;
  alertedAt?: string;
  cause?: string;
  detail?: string;
  partnerReference?: string;
}

export const TRANSFER_STATUS_NAMES: Record<string, string> = {
  sent: '已发送，等待对方确认',
  received: '对方已收到',
  accepted: '对方已接收',
  rejected: '对方已拒收',
  'in-progress': '对方处置中',
  completed: '对方已处置完毕',
  cancelled: '已撤销',
};

export const TRANSFER_STATUS_TONES: Record<string, 'info' | 'success' | 'warning' | 'error'> = {
  sent: 'info',
  received: 'info',
  accepted: 'success',
  'in-progress': 'success',
  completed: 'success',
  rejected: 'error',
  cancelled: 'warning',
};

/** the partner has answered for good: nothing more to wait for on the operator's screen */
export const transferSettled = (status: string) => ['accepted', 'rejected', 'completed', 'cancelled'].includes(status);

/** the partner's rejection causes (RejectionCause of the partner protocol, as linkage stores them) */
export const REJECTION_CAUSE_NAMES: Record<string, string> = {
  LOCATION_UNKNOWN: '地点无法确定',
  NOT_OURS: '不属本单位受理范围',
  INCOMPLETE: '信息不完整',
  OTHER: '其他原因',
  UNSPECIFIED: '未说明原因',
};
