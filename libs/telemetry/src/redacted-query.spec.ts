import { redactedUrlAttributes } from './redacted-query';

describe('URL attributes of incoming spans', () => {
  it('replace the words of a work-order text search, keeping the other parameters', () => {
    const attributes = redactedUrlAttributes({ url: '/api/v1/work-orders?status=handling&text=%E8%B7%AF%E7%81%AF&limit=5', headers: { host: 'gw:3000' } });
    expect(attributes['http.target']).toBe('/api/v1/work-orders?status=handling&text=REDACTED&limit=5');
    expect(attributes['http.url']).toBe('http://gw:3000/api/v1/work-orders?status=handling&text=REDACTED&limit=5');
    expect(attributes['url.query']).toBe('status=handling&text=REDACTED&limit=5');
    expect(JSON.stringify(attributes)).not.toContain('%E8%B7%AF');
  });

  it('leave URLs without such a parameter to the instrumentation', () => {
    expect(redactedUrlAttributes({ url: '/api/v1/work-orders?status=handling', headers: {} })).toEqual({});
    expect(redactedUrlAttributes({ url: '/api/v1/work-orders', headers: {} })).toEqual({});
  });
});
