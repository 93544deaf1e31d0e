import { beijingDay, formatWorkOrderNumber } from './work-order-number';

describe('work-order numbers', () => {
  it('reads XT + Beijing date + six-digit daily sequence', () => {
    expect(formatWorkOrderNumber(new Date('2026-11-25T03:00:00Z'), 123)).toBe('XT20261125000123');
  });

  it('counts the day in Beijing time, not the server’s: 17:00 UTC is already tomorrow', () => {
    expect(beijingDay(new Date('2026-11-25T16:30:00Z'))).toBe('20261126');
    expect(beijingDay(new Date('2026-11-25T15:59:59Z'))).toBe('20261125');
  });

  it('refuses a sequence it cannot print in six digits', () => {
    expect(() => formatWorkOrderNumber(new Date(), 1_000_000)).toThrow(RangeError);
    expect(() => formatWorkOrderNumber(new Date(), 0)).toThrow(RangeError);
  });
});
