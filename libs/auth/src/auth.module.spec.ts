import { Test } from '@nestjs/testing';
import { withEnvironment } from '@hotline/contracts';
import { AUTH_CONFIG } from './auth.constants';
import type { AuthConfig } from './auth-config';
import { AuthModule } from './auth.module';

/** Boots the module with these variables in place of the process's environment (which the test leaves alone). */
const compileWith = (env: Record<string, string>) =>
  withEnvironment(env, () => Test.createTestingModule({ imports: [AuthModule.forRoot()] }).compile());

describe('AuthModule.forRoot()', () => {
  it('stops the application from starting in production without a key, naming the variable', async () => {
    await expect(compileWith({ NODE_ENV: 'production' })).rejects.toThrow(/HOTLINE_JWT_SECRET/);
  });

  it('reads the key from the environment at boot', async () => {
    const moduleRef = await compileWith({
      NODE_ENV: 'production',
      HOTLINE_JWT_SECRET: 'a-production-secret-that-is-long-enough-42',
    });
    const config = moduleRef.get<AuthConfig>(AUTH_CONFIG);
    expect(config).toMatchObject({ algorithm: 'HS256', keySource: 'HOTLINE_JWT_SECRET' });
  });
});
