import { CALLER_READ_REASON_LABELS, CALLER_READ_REASONS, isCallerReadReason } from './caller-read-reasons';

describe('reasons for reading a caller in clear (R14.3)', () => {
  it('R14.3 lists contacting the caller, verifying identity, the callback and a legal request, each with its label', () => {
    expect(CALLER_READ_REASONS).toEqual(['contact-caller', 'verify-identity', 'callback', 'legal-request']);
    for (const reason of CALLER_READ_REASONS) expect(CALLER_READ_REASON_LABELS[reason]).toMatch(/\p{Script=Han}/u);
  });

  it('R14.3 takes only a code of the list as a reason, never any word', () => {
    expect(CALLER_READ_REASONS.every(isCallerReadReason)).toBe(true);
    for (const word of ['x', '回访联系来电人', '', 'CALLBACK', 42, undefined])
      expect(isCallerReadReason(word)).toBe(false);
  });
});
