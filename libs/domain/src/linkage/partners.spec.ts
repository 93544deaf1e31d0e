import { InvalidDomainInputError } from '../errors/domain-error';
import { partnerMaySend, rotatePartnerKeys, signedRequestTimeProblem } from './partners';

const key = (id: string, generation: number) => ({ id, generation });

describe('partner credentials (R10.1)', () => {
  it('R10.1 keeps the newest two keys valid at once and retires the older ones', () => {
    const k1 = key('k1', 1);
    const k2 = key('k2', 2);
    const k3 = key('k3', 3);
    expect(rotatePartnerKeys([], k1, [])).toEqual({ valid: [k1], retired: [] });
    expect(rotatePartnerKeys([k1], k2, ['k1'])).toEqual({ valid: [k2, k1], retired: [] });
    expect(rotatePartnerKeys([k1, k2], k3, ['k1', 'k2'])).toEqual({ valid: [k3, k2], retired: [k1] });
    expect(rotatePartnerKeys([k2, k1], k3, ['k1', 'k2'])).toEqual({ valid: [k3, k2], retired: [k1] });
  });

  it('R10.1 refuses a key id used before', () => {
    expect(() => rotatePartnerKeys([], key('k1', 1), ['k1'])).toThrow(InvalidDomainInputError);
  });

  it('R10.1 refuses a signed request outside the replay window, or without a timestamp', () => {
    const now = new Date('2026-12-01T08:00:00Z');
    const seconds = now.getTime() / 1000;
    expect(signedRequestTimeProblem(String(seconds - 299), now, 300)).toBeNull();
    expect(signedRequestTimeProblem(String(seconds + 299), now, 300)).toBeNull();
    expect(signedRequestTimeProblem(String(seconds - 301), now, 300)).toMatch(/replay window/);
    expect(signedRequestTimeProblem(undefined, now, 300)).toMatch(/missing/);
    expect(signedRequestTimeProblem('2026-12-01T08:00:00Z', now, 300)).toMatch(/missing/);
  });
});

describe('who sends what (R10.2)', () => {
  it('R10.2: branch orders, statuses and reconciliation pages come from branch centres only', () => {
    expect(partnerMaySend('branch', 'branchWorkOrder')).toBe(true);
    expect(partnerMaySend('branch', 'reconciliationPage')).toBe(true);
    expect(partnerMaySend('emergency', 'branchWorkOrder')).toBe(false);
    expect(partnerMaySend('utility', 'branchStatus')).toBe(false);
    expect(partnerMaySend('emergency', 'transfer')).toBe(true);
  });
});
