import { randomBytes } from 'node:crypto';
import { CallerCipher } from './caller-cipher';
import { callerKeysFromEnv } from './caller-keys.config';

const key = (id: string) => ({ id, key: randomBytes(32) });

describe('CallerCipher (R14.3 caller identity encrypted at rest)', () => {
  it('R14.3 round-trips a value and never stores it in clear', () => {
    const cipher = new CallerCipher({ encryption: [key('k1')], lookup: randomBytes(32) });
    const stored = cipher.encrypt('13812345678');
    expect(stored).not.toContain('13812345678');
    expect(stored.startsWith('v1:k1:')).toBe(true);
    expect(cipher.decrypt(stored)).toBe('13812345678');
  });

  it('R14.3 gives the same value a different cipher text each time', () => {
    const cipher = new CallerCipher({ encryption: [key('k1')], lookup: randomBytes(32) });
    expect(cipher.encrypt('张三')).not.toBe(cipher.encrypt('张三'));
  });

  it('R14.3 still reads values written with an older key after rotation', () => {
    const old = key('k1');
    const before = new CallerCipher({ encryption: [old], lookup: randomBytes(32) });
    const stored = before.encrypt('张三');
    const after = new CallerCipher({ encryption: [key('k2'), old], lookup: randomBytes(32) });
    expect(after.decrypt(stored)).toBe('张三');
    expect(after.keyIdOf(after.encrypt('张三'))).toBe('k2');
  });

  it('R14.3 refuses a tampered cipher text', () => {
    const cipher = new CallerCipher({ encryption: [key('k1')], lookup: randomBytes(32) });
    const parts = cipher.encrypt('13812345678').split(':');
    parts[4] = Buffer.from('13900000000').toString('base64');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
  });

  it('R13.2 finds a repeat caller by a keyed hash that ignores formatting', () => {
    const cipher = new CallerCipher({ encryption: [key('k1')], lookup: randomBytes(32) });
    expect(cipher.phoneLookupHash('+86 138-1234-5678')).toBe(cipher.phoneLookupHash('13812345678'));
    expect(cipher.phoneLookupHash('13812345678')).not.toContain('13812345678');
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(
      () => new CallerCipher({ encryption: [{ id: 'short', key: randomBytes(16) }], lookup: randomBytes(32) }),
    ).toThrow(/32 bytes/);
  });

  it('refuses to run in production without configured keys, naming the variables', () => {
    expect(() => callerKeysFromEnv({ NODE_ENV: 'production' })).toThrow(
      /HOTLINE_CALLER_KEYS and HOTLINE_CALLER_HASH_KEY/,
    );
  });
});
