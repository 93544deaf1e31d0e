import { readEnvConfig } from '@hotline/contracts';
import { randomBytes } from 'node:crypto';
import { DEVELOPMENT_PARTNER_KEY_SEAL, LinkageConfig } from './linkage.config';

describe('LinkageConfig', () => {
  it('R10.1 production refuses to start with the partner key seal unset, naming the variable', () => {
    expect(() => readEnvConfig(LinkageConfig, { NODE_ENV: 'production' })).toThrow(/HOTLINE_PARTNER_KEY_SEAL/);
  });

  it('R10.1 production refuses the public development seal given explicitly', () => {
    expect(() =>
      readEnvConfig(LinkageConfig, { NODE_ENV: 'production', HOTLINE_PARTNER_KEY_SEAL: DEVELOPMENT_PARTNER_KEY_SEAL }),
    ).toThrow(/HOTLINE_PARTNER_KEY_SEAL: is unset or the public development seal/);
  });

  it('R10.1 production starts with a real seal; development keeps the development seal', () => {
    const seal = randomBytes(32).toString('base64');
    expect(
      readEnvConfig(LinkageConfig, { NODE_ENV: 'production', HOTLINE_PARTNER_KEY_SEAL: seal }).HOTLINE_PARTNER_KEY_SEAL,
    ).toBe(seal);
    expect(readEnvConfig(LinkageConfig, {}).HOTLINE_PARTNER_KEY_SEAL).toBe(DEVELOPMENT_PARTNER_KEY_SEAL);
  });

  it('R10.1 a short seal is still refused outside production', () => {
    expect(() => readEnvConfig(LinkageConfig, { HOTLINE_PARTNER_KEY_SEAL: 'short' })).toThrow(
      /HOTLINE_PARTNER_KEY_SEAL/,
    );
  });
});
