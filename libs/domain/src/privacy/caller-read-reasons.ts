/**
 * R14.3 why a caller is read in clear: a code from this list, audited with the reader's free-text note. A list, not
 * any word, so that the audit of caller reads (R26.1) can be counted and questioned by reason.
 */
export const CALLER_READ_REASONS = ['contact-caller', 'verify-identity', 'callback', 'legal-request'] as const;
export type CallerReadReason = (typeof CALLER_READ_REASONS)[number];

/** How the console and the audit name each reason. */
export const CALLER_READ_REASON_LABELS: Readonly<Record<CallerReadReason, string>> = {
  'contact-caller': '联系来电人（办理、核实情况）',
  'verify-identity': '核实来电人身份',
  callback: '回访',
  'legal-request': '依法调取（有权机关依法查询）',
};

/** The longest free-text note a reader may add to the reason. */
export const CALLER_READ_NOTE_MAX_LENGTH = 500;

export function isCallerReadReason(value: unknown): value is CallerReadReason {
  return typeof value === 'string' && (CALLER_READ_REASONS as readonly string[]).includes(value);
}
