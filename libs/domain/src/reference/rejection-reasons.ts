import { NumberedProvision } from './bilingual-name';
import { isOneOf } from './one-of';

export const REJECTION_REASON_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type RejectionReasonCode = (typeof REJECTION_REASON_CODES)[number];

/** A reason, in the wording of Art. 13 of the regulation. */
export interface RejectionReason extends NumberedProvision<RejectionReasonCode> {
  /** reason 5: the caller is transferred to 110/119/120/122 through the linkage adapter, not just turned away */
  readonly transferToEmergencyLine: boolean;
}

/** R13.1 the nine matters the hotline does not accept (第十三条). */
export const REJECTION_REASONS: readonly RejectionReason[] = [
  { code: 1, zh: '涉及国家秘密、商业机密、个人隐私的事项', en: 'state or commercial secrets, personal privacy' },
  {
    code: 2,
    zh: '须通过诉讼、仲裁、纪检监察、行政复议、政府信息公开等程序解决的事项和已进入信访渠道的事项',
    en:
      'for litigation, arbitration, discipline inspection, administrative reconsideration, ' +
      'information disclosure, or already in the petition channel',
  },
  {
    code: 3,
    zh: '涉及党委、人大、政协、法院、检察院、军队和武警职责范围的事项',
    en: "duties of the Party committee, People's Congress, CPPCC, courts, procuratorate, army, armed police",
  },
  {
    code: 4,
    zh: '正在办理过程中或已依法办理完毕且诉求人无新情况、新理由向12345热线再次提出的事项',
    en: 'repeat of a matter in progress or lawfully finished, with no new facts or reasons',
  },
  { code: 5, zh: '应由110、119、120、122等紧急服务专线受理的事项', en: 'emergencies for 110, 119, 120, 122' },
  { code: 6, zh: '无实质诉求内容，或恶意攻击的来电', en: 'no substantive content, or malicious calls' },
  { code: 7, zh: '违反法律、法规和社会公序良俗的事项', en: 'against law, regulations or public order and good morals' },
  { code: 8, zh: '所反映问题非我市行政职权管辖范围的事项', en: "outside the city's administrative jurisdiction" },
  { code: 9, zh: '其他法律、法规规定不予受理的事项', en: 'other matters excluded by law' },
].map((reason) => ({
  ...reason,
  code: reason.code as RejectionReasonCode,
  transferToEmergencyLine: reason.code === 5,
}));

export const isRejectionReasonCode = (value: unknown): value is RejectionReasonCode =>
  isOneOf(REJECTION_REASON_CODES, value);

export function rejectionReason(code: RejectionReasonCode): RejectionReason {
  return REJECTION_REASONS[code - 1];
}
