/** One request and its work order as Open311 and other channels read it back. */
export interface RequestStatusView {
  requestId: string;
  workOrderId: string;
  number: string;
  channel: string;
  type: string;
  field: string | null;
  category: string | null;
  content: string;
  status: string;
  open: boolean;
  location: { district?: string; street?: string; address?: string; lat?: number; lng?: number } | null;
  /** R14.3 the caller asked to stay anonymous: public channels show neither the words nor the place. */
  anonymous: boolean;
  /** R14.2 the reason code and basis told to the caller of a rejected request. */
  rejection?: { reasonCode: number; basis: string };
  /** R15.1 the article an online closing cites. */
  articleId?: string;
  receivedAt: string;
  updatedAt: string;
}
