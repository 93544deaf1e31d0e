import { ACTORS } from '../../test/work-order-fixtures';
import type { DistrictPlace } from '../intake-assist/district-place';
import { decideIntake, intakeCommandOf, intakeDeciderOf } from './intake-decision';

const OUTSIDE: DistrictPlace = { kind: 'outside', given: '岳麓区', places: ['长沙市'] };
const INSIDE: DistrictPlace = { kind: 'inside', name: '雨湖区', code: 'yuhu' };

describe('how a request leaves intake (R13.1, R14.1, R14.2, R15.1, R15.2)', () => {
  it('R14.1 without a decision, a request inside the city or of an unknown district goes to dispatch', () => {
    expect(decideIntake(undefined, INSIDE, undefined)).toEqual({ outcome: 'dispatch' });
    expect(decideIntake(undefined, { kind: 'unknown', given: '某某区' }, undefined)).toEqual({ outcome: 'dispatch' });
    expect(decideIntake(undefined, undefined, undefined)).toEqual({ outcome: 'dispatch' });
  });

  it('R13.1 R14.2 without a decision, a district known to lie outside the city is rejected with reason 8 by the system', () => {
    const decision = decideIntake(undefined, OUTSIDE, undefined);
    expect(decision).toMatchObject({
      outcome: 'reject',
      reasonCode: 8,
      decidedBy: 'jurisdiction',
      basis: expect.stringContaining('岳麓区'),
    });
    expect(intakeDeciderOf(decision, ACTORS.operator)).toEqual({ role: 'system' });
  });

  it('R13.1 the operator’s own decision stands, even for a district outside the city, and is the operator’s step', () => {
    const decision = decideIntake({ outcome: 'dispatch' }, OUTSIDE, undefined);
    expect(decision).toEqual({ outcome: 'dispatch' });
    expect(intakeDeciderOf(decision, ACTORS.operator)).toBe(ACTORS.operator);
    const rejected = decideIntake({ outcome: 'reject', reasonCode: 2, basis: '已进入信访渠道' }, INSIDE, undefined);
    expect(rejected).toEqual({ outcome: 'reject', reasonCode: 2, basis: '已进入信访渠道', decidedBy: 'operator' });
    expect(intakeCommandOf(rejected)).toEqual({ event: 'reject', reasonCode: 2, basis: '已进入信访渠道' });
  });

  it.each([undefined, 0, 10])('R13.1 refuses a rejection with reason code %p (422)', (reasonCode) => {
    expect(() => decideIntake({ outcome: 'reject', reasonCode, basis: '依据' }, undefined, undefined)).toThrow(
      expect.objectContaining({ httpStatus: 422, requirement: 'R13.1' }),
    );
  });

  it.each([undefined, '  '])('R14.2 refuses a rejection with basis %p (422)', (basis) => {
    expect(() => decideIntake({ outcome: 'reject', reasonCode: 6, basis }, undefined, undefined)).toThrow(
      expect.objectContaining({ httpStatus: 422, requirement: 'R14.2' }),
    );
  });

  it('R15.1 closing online needs the article that answered (422 without), and records the cited version', () => {
    expect(() => decideIntake({ outcome: 'close-online' }, undefined, undefined)).toThrow(
      expect.objectContaining({ httpStatus: 422, requirement: 'R15.1' }),
    );
    const decision = decideIntake({ outcome: 'close-online', articleId: 'kb-1' }, undefined, undefined);
    expect(intakeCommandOf(decision)).toEqual({ event: 'close-online', articleId: 'kb-1' });
    expect(
      intakeCommandOf({
        outcome: 'close-online',
        articleId: 'kb-1',
        citation: { articleId: 'kb-1', articleVersion: 3 },
      }),
    ).toEqual({
      event: 'close-online',
      articleId: 'kb-1',
      articleVersion: 3,
    });
  });

  it('R15.2 a call back carries whether the caller consented; its step decides', () => {
    expect(intakeCommandOf(decideIntake({ outcome: 'callback' }, undefined, true))).toEqual({
      event: 'schedule-callback',
      callerConsent: true,
    });
    expect(intakeCommandOf(decideIntake({ outcome: 'callback' }, undefined, undefined))).toEqual({
      event: 'schedule-callback',
      callerConsent: false,
    });
  });

  it('R13.1 R10.1 a rejection with reason 5 carries its transfer: the line named, or none (routed by category)', () => {
    const basis = '属110受理范围，已转接110';
    expect(
      decideIntake(
        { outcome: 'reject', reasonCode: 5, basis, transferTo: '110', shareCallback: true },
        INSIDE,
        undefined,
      ),
    ).toMatchObject({ outcome: 'reject', reasonCode: 5, transfer: { to: '110', shareCallback: true } });
    expect(decideIntake({ outcome: 'reject', reasonCode: 5, basis }, INSIDE, undefined)).toMatchObject({
      transfer: { shareCallback: false },
    });
    expect(decideIntake({ outcome: 'reject', reasonCode: 6, basis }, INSIDE, undefined)).not.toHaveProperty('transfer');
  });

  it('R13.1 R10.1 transferTo or shareCallback on any other outcome or reason is refused, naming the field', () => {
    for (const decision of [
      { outcome: 'dispatch' as const, transferTo: '110' },
      { outcome: 'callback' as const, shareCallback: true },
      { outcome: 'close-online' as const, articleId: 'kb-1', transferTo: '110' },
      { outcome: 'reject' as const, reasonCode: 6, basis: '无实质内容', transferTo: '110' },
    ])
      expect(() => decideIntake(decision, INSIDE, true)).toThrow(/decision\.(transferTo|shareCallback)/);
  });
});
