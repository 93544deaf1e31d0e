import { JsonLogger, maskPrivate } from './json-logger';

describe('JsonLogger', () => {
  function capture(level?: string) {
    const lines: string[] = [];
    const logger = new JsonLogger('intake', level, (line) => lines.push(line));
    return { logger, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
  }

  it('writes one JSON object a line with service, level and context', () => {
    const { logger, records } = capture();
    logger.log('relay started', 'OutboxRelay');
    expect(records()).toEqual([
      expect.objectContaining({ level: 'log', service: 'intake', context: 'OutboxRelay', msg: 'relay started' }),
    ]);
  });

  it('R14.3 masks caller identity fields even when handed to the logger by mistake', () => {
    const { logger, records } = capture();
    logger.warn({ msg: 'oops', caller: { phone: '13800000000' }, phone: '13800000000', name: '张三', unit: 'x' });
    const [record] = records();
    expect(JSON.stringify(record)).not.toContain('13800000000');
    expect(JSON.stringify(record)).not.toContain('张三');
    expect(record['unit']).toBe('x');
  });

  it('drops messages below the configured level', () => {
    const { logger, records } = capture('warn');
    logger.log('quiet');
    logger.error(new Error('loud'));
    expect(records().map((r) => r['msg'])).toEqual(['loud']);
  });

  it('masks nested private fields', () => {
    expect(maskPrivate({ a: { idNumber: '430300199001011234' } })).toEqual({ a: { idNumber: '***' } });
  });
});
