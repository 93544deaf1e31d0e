import { InvalidDomainInputError } from '../errors/domain-error';
import { parseTimeLimitOverrides, TimeLimitPolicy } from './time-limit-policy';
import { REGULATION_TIME_LIMITS, TIME_LIMIT_KEYS } from './time-limit-table';

describe('time-limit policy', () => {
  it('holds every limit of the regulation with its article in one table', () => {
    const table = Object.fromEntries(
      REGULATION_TIME_LIMITS.map((rule) => [rule.key, [rule.value, rule.requirement, rule.article]]),
    );
    expect(table).toEqual({
      sign: [1, 'R16.1', '第十六条'],
      'return-window': [2, 'R16.2', '第十六条'],
      'handling-consultation': [3, 'R17.1', '第十七条'],
      'handling-other': [5, 'R17.1', '第十七条'],
      'extension-max': [5, 'R17.2', '第十七条'],
      'extension-count': [1, 'R17.2', '第十七条'],
      'online-callback': [1, 'R15.2', '第十五条'],
      rehandling: [5, 'R20.2', '第二十条'],
      'supervision-system': [5, 'R23.2', '第二十三条'],
      'supervision-other': [10, 'R23.2', '第二十三条'],
      'supervision-extension-max': [10, 'R23.2', '第二十三条'],
      'supervision-extension-count': [1, 'R23.2', '第二十三条'],
    });
    expect(REGULATION_TIME_LIMITS.map((rule) => rule.key)).toEqual([...TIME_LIMIT_KEYS]);
  });

  it('uses the regulation values unless configured', () => {
    const policy = TimeLimitPolicy.regulation();
    expect(policy.get('sign')).toEqual({
      key: 'sign',
      value: 1,
      unit: 'working-days',
      regulationValue: 1,
      source: 'regulation',
      requirement: 'R16.1',
      article: '第十六条',
    });
    expect(policy.values().every((value) => value.source === 'regulation')).toBe(true);
  });

  it('lets a deployment shorten values, and says so in each value', () => {
    const policy = TimeLimitPolicy.withOverrides({ 'handling-other': 4, rehandling: 5 }, 'env HOTLINE_TIME_LIMITS');
    expect(policy.get('handling-other')).toMatchObject({
      value: 4,
      regulationValue: 5,
      source: 'configuration',
      configuredBy: 'env HOTLINE_TIME_LIMITS',
    });
    expect(policy.get('rehandling')).toMatchObject({ value: 5, source: 'regulation' });
    expect(policy.get('rehandling')).not.toHaveProperty('configuredBy');
  });

  it.each([
    ['sign', 2, 'R16.1'],
    ['online-callback', 2, 'R15.2'],
    ['handling-consultation', 4, 'R17.1'],
    ['extension-max', 6, 'R17.2'],
    ['extension-count', 2, 'R17.2'],
    ['rehandling', 6, 'R20.2'],
    ['supervision-other', 11, 'R23.2'],
  ] as const)(
    'R15.2 R16.1 R17.1 R17.2 R20.2 R23.2 refuses to lengthen %s beyond the regulation (%p), naming the limit and its requirement',
    (key, value, requirement) => {
      const attempt = () => TimeLimitPolicy.withOverrides({ [key]: value });
      expect(attempt).toThrow(InvalidDomainInputError);
      expect(attempt).toThrow(
        new RegExp(`${key}: ${value} .* more than the regulation allows \\(\\d+, ${requirement.replace('.', '\\.')}`),
      );
    },
  );

  it('accepts every regulation value itself and anything shorter', () => {
    for (const rule of REGULATION_TIME_LIMITS) {
      expect(TimeLimitPolicy.withOverrides({ [rule.key]: rule.value }).get(rule.key)).toMatchObject({
        value: rule.value,
        source: 'regulation',
      });
    }
    expect(
      TimeLimitPolicy.withOverrides({ 'extension-count': 0, 'supervision-other': 7 }).get('supervision-other').value,
    ).toBe(7);
  });

  it('refuses unknown limits and values that are not sensible whole numbers', () => {
    const attempt = () => TimeLimitPolicy.withOverrides({ sign: 0, 'extension-count': 1.5, bogus: 3 } as never);
    expect(attempt).toThrow(InvalidDomainInputError);
    expect(attempt).toThrow(
      /sign: must be a whole number from 1 to 60.*extension-count: must be a whole number from 0 to 5.*bogus: unknown time limit/,
    );
  });

  it('reads overrides from configuration text', () => {
    expect(parseTimeLimitOverrides(undefined)).toEqual({});
    expect(parseTimeLimitOverrides('sign=2, rehandling=3')).toEqual({ sign: 2, rehandling: 3 });
    expect(parseTimeLimitOverrides('{"handling-other": 4}')).toEqual({ 'handling-other': 4 });
    expect(() => TimeLimitPolicy.withOverrides(parseTimeLimitOverrides('sign=soon'))).toThrow(/got NaN/);
    expect(() => parseTimeLimitOverrides('{"sign": 2')).toThrow(InvalidDomainInputError);
  });
});
