import { assertCallerReachable } from './caller-contact';

describe('a caller the unit and the centre can reach (R18.1, R20.1)', () => {
  it('R18.1 R20.1 refuses a named caller without a phone, and an empty caller (422 naming caller.phone)', () => {
    for (const caller of [{}, { name: '张三' } as { phone?: string }, { phone: '  ' }, undefined]) {
      expect(() => assertCallerReachable(caller, 'phone')).toThrow(
        expect.objectContaining({
          httpStatus: 422,
          requirement: 'R18.1',
          details: expect.objectContaining({ field: 'caller.phone' }),
        }),
      );
    }
  });

  it('R14.3 R18.1 accepts a phone, an anonymous caller (the centre relays), and an Open311 request without a phone', () => {
    expect(() => assertCallerReachable({ phone: '13812345678' }, 'phone')).not.toThrow();
    expect(() => assertCallerReachable({ anonymous: true }, 'web')).not.toThrow();
    expect(() => assertCallerReachable({}, 'open311')).not.toThrow();
  });
});
