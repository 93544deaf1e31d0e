import { ACTORS } from '../../test/work-order-fixtures';
import { readsCallerIdNumber } from './caller-id-number';

describe('the caller’s id number in a clear read (R14.3, R18.1)', () => {
  it('R14.3 R18.1 stays with the centre: a unit reads name and phone only', () => {
    expect(readsCallerIdNumber(ACTORS.unit)).toBe(false);
    expect(readsCallerIdNumber(ACTORS.operator)).toBe(true);
    expect(readsCallerIdNumber(ACTORS.reviewer)).toBe(true);
    expect(readsCallerIdNumber(ACTORS.supervisor)).toBe(true);
  });
});
