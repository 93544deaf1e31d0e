import { redactQuery } from './redacted-query';

describe('URLs in spans', () => {
  it('lose the words of a work-order text search, keeping the other parameters', () => {
    expect(redactQuery('/api/v1/work-orders?status=handling&text=%E8%B7%AF%E7%81%AF&limit=5')).toBe(
      '/api/v1/work-orders?status=handling&text=REDACTED&limit=5',
    );
    expect(redactQuery('http://gw:3000/api/v1/work-orders?text=路灯')).toBe(
      'http://gw:3000/api/v1/work-orders?text=REDACTED',
    );
    expect(redactQuery('limit=5&text=%E8%B7%AF%E7%81%AF')).toBe('limit=5&text=REDACTED');
  });

  it('stay as they are without such a parameter', () => {
    expect(redactQuery('/api/v1/work-orders?status=handling')).toBe('/api/v1/work-orders?status=handling');
    expect(redactQuery('/api/v1/work-orders')).toBe('/api/v1/work-orders');
    expect(redactQuery('status=handling')).toBe('status=handling');
  });
});
