import { generateKeyPairSync } from 'node:crypto';
import { DEFAULT_JWT_AUDIENCE, DEFAULT_JWT_ISSUER, DEVELOPMENT_JWT_SECRET, resolveAuthConfig } from './auth-config';

const strongSecret = 'x'.repeat(48);
const pemPair = () =>
  generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });

describe('resolveAuthConfig', () => {
  it('outside production, falls back to the development secret and warns', () => {
    const warn = jest.fn();
    const config = resolveAuthConfig({ NODE_ENV: 'development' }, warn);
    expect(config).toMatchObject({ algorithm: 'HS256', verifyKey: DEVELOPMENT_JWT_SECRET, keySource: 'development' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('HOTLINE_JWT_SECRET'));
  });

  it('in production without a key, refuses and names the variables to set', () => {
    const resolve = () => resolveAuthConfig({ NODE_ENV: 'production' }, jest.fn());
    expect(resolve).toThrow(/HOTLINE_JWT_SECRET/);
    expect(resolve).toThrow(/HOTLINE_JWT_PUBLIC_KEY/);
  });

  it('in production, treats a blank variable as missing', () => {
    expect(() => resolveAuthConfig({ NODE_ENV: 'production', HOTLINE_JWT_SECRET: '  ' })).toThrow(/HOTLINE_JWT_SECRET/);
  });

  it('in production, refuses the development secret and a short secret', () => {
    expect(() => resolveAuthConfig({ NODE_ENV: 'production', HOTLINE_JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(
      /HOTLINE_JWT_SECRET/,
    );
    expect(() => resolveAuthConfig({ NODE_ENV: 'production', HOTLINE_JWT_SECRET: 'short' })).toThrow(/at least 32/);
  });

  it('uses HOTLINE_JWT_SECRET for HS256 with the default issuer and audience', () => {
    const config = resolveAuthConfig({ NODE_ENV: 'production', HOTLINE_JWT_SECRET: strongSecret });
    expect(config).toMatchObject({
      algorithm: 'HS256',
      verifyKey: strongSecret,
      signKey: strongSecret,
      issuer: DEFAULT_JWT_ISSUER,
      audience: DEFAULT_JWT_AUDIENCE,
    });
    expect(DEFAULT_JWT_ISSUER).toBe('hotline-12345');
    expect(DEFAULT_JWT_AUDIENCE).toBe('hotline-12345');
  });

  it('reads HOTLINE_JWT_ISSUER and HOTLINE_JWT_AUDIENCE', () => {
    const config = resolveAuthConfig({
      HOTLINE_JWT_SECRET: strongSecret,
      HOTLINE_JWT_ISSUER: 'xiangtan-idp',
      HOTLINE_JWT_AUDIENCE: 'hotline-gateway',
    });
    expect(config).toMatchObject({ issuer: 'xiangtan-idp', audience: 'hotline-gateway' });
  });

  it('uses HOTLINE_JWT_PUBLIC_KEY for RS256, accepting a one-line PEM with literal \\n', () => {
    const { publicKey } = pemPair();
    const oneLine = publicKey.replace(/\n/g, '\\n');
    const config = resolveAuthConfig({ NODE_ENV: 'production', HOTLINE_JWT_PUBLIC_KEY: oneLine });
    expect(config).toMatchObject({ algorithm: 'RS256', verifyKey: publicKey.trim() });
    expect(config.signKey).toBeUndefined();
  });

  it('derives the public key from HOTLINE_JWT_PRIVATE_KEY alone', () => {
    const { publicKey, privateKey } = pemPair();
    const config = resolveAuthConfig({ HOTLINE_JWT_PRIVATE_KEY: privateKey });
    expect(config).toMatchObject({ algorithm: 'RS256', verifyKey: publicKey, signKey: privateKey.trim() });
  });

  it('refuses a private key that does not match the public key', () => {
    expect(() =>
      resolveAuthConfig({ HOTLINE_JWT_PUBLIC_KEY: pemPair().publicKey, HOTLINE_JWT_PRIVATE_KEY: pemPair().privateKey }),
    ).toThrow(/does not belong/);
  });

  it('refuses an unreadable public key, naming the variable', () => {
    expect(() => resolveAuthConfig({ HOTLINE_JWT_PUBLIC_KEY: 'not a pem' })).toThrow(/HOTLINE_JWT_PUBLIC_KEY/);
  });

  it('refuses a secret and an RSA key together rather than guess the algorithm', () => {
    expect(() =>
      resolveAuthConfig({ HOTLINE_JWT_SECRET: strongSecret, HOTLINE_JWT_PUBLIC_KEY: pemPair().publicKey }),
    ).toThrow(/not both/);
  });

  it('accepts previous keys of a rotation beside the current one, and signs with the current one only', () => {
    const previous = 'p'.repeat(40);
    const config = resolveAuthConfig({
      NODE_ENV: 'production',
      HOTLINE_JWT_SECRET: strongSecret,
      HOTLINE_JWT_PREVIOUS_SECRETS: ` ${previous} ,, `,
    });
    expect(config).toMatchObject({ verifyKey: strongSecret, signKey: strongSecret, previousVerifyKeys: [previous] });
    const { publicKey } = pemPair();
    const rsa = resolveAuthConfig({
      HOTLINE_JWT_PRIVATE_KEY: pemPair().privateKey,
      HOTLINE_JWT_PREVIOUS_PUBLIC_KEYS: publicKey.replace(/\n/g, '\\n'),
    });
    expect(rsa.previousVerifyKeys).toEqual([publicKey.trim()]);
  });

  it('in production, refuses a previous secret that is weak or the development secret, naming the variable', () => {
    const withPrevious = (previous: string) => () =>
      resolveAuthConfig({
        NODE_ENV: 'production',
        HOTLINE_JWT_SECRET: strongSecret,
        HOTLINE_JWT_PREVIOUS_SECRETS: `${'p'.repeat(40)},${previous}`,
      });
    expect(withPrevious('short')).toThrow(/HOTLINE_JWT_PREVIOUS_SECRETS must be at least 32/);
    expect(withPrevious(DEVELOPMENT_JWT_SECRET)).toThrow(/HOTLINE_JWT_PREVIOUS_SECRETS is the public development/);
  });

  it('refuses previous keys of the other algorithm and unreadable previous public keys', () => {
    expect(() =>
      resolveAuthConfig({ HOTLINE_JWT_SECRET: strongSecret, HOTLINE_JWT_PREVIOUS_PUBLIC_KEYS: pemPair().publicKey }),
    ).toThrow(/HOTLINE_JWT_PREVIOUS_PUBLIC_KEYS is for RS256/);
    expect(() =>
      resolveAuthConfig({ HOTLINE_JWT_PUBLIC_KEY: pemPair().publicKey, HOTLINE_JWT_PREVIOUS_SECRETS: strongSecret }),
    ).toThrow(/HOTLINE_JWT_PREVIOUS_SECRETS is for HS256/);
    expect(() =>
      resolveAuthConfig({ HOTLINE_JWT_PUBLIC_KEY: pemPair().publicKey, HOTLINE_JWT_PREVIOUS_PUBLIC_KEYS: 'not a pem' }),
    ).toThrow(/HOTLINE_JWT_PREVIOUS_PUBLIC_KEYS is not a PEM public key/);
  });
});
