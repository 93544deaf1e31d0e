import { maskName, maskPhone, normalisePhone } from './caller-masking';

describe('what a handling unit sees of a caller (R14.3)', () => {
  it('R14.3 masks what a unit may see', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳修文')).toBe('欧***');
  });

  it('R14.3 shows nothing of a number too short to mask, and nothing of an empty name', () => {
    expect(maskPhone('110')).toBe('****');
    expect(maskName('  ')).toBe('');
  });

  it('treats the same number typed with spaces, dashes or +86 as one number', () => {
    expect(normalisePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
  });
});
