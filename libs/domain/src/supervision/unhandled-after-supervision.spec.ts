import { isUnhandledAfterSupervision } from './unhandled-after-supervision';

describe('Art. 26(2) unhandled after supervision', () => {
  it('R26.1 counts an order still being handled once its case was resolved or escalated', () => {
    expect(isUnhandledAfterSupervision('resolved', 'handling')).toBe(true);
    expect(isUnhandledAfterSupervision('escalated', 'rehandling')).toBe(true);
  });

  it('R26.1 does not count an order handled, or a case still running', () => {
    expect(isUnhandledAfterSupervision('resolved', 'completed')).toBe(false);
    expect(isUnhandledAfterSupervision('escalated', 'closed')).toBe(false);
    expect(isUnhandledAfterSupervision('open', 'handling')).toBe(false);
  });
});
