import { Test } from '@nestjs/testing';
import { AUTH_CONFIG } from './auth.constants';
import type { AuthConfig } from './auth-config';
import { AuthModule } from './auth.module';

const JWT_VARIABLES = ['NODE_ENV', 'HOTLINE_JWT_SECRET', 'HOTLINE_JWT_PUBLIC_KEY', 'HOTLINE_JWT_PRIVATE_KEY'];

describe('AuthModule.forRoot()', () => {
  const saved = Object.fromEntries(JWT_VARIABLES.map((name) => [name, process.env[name]]));

  beforeEach(() => JWT_VARIABLES.forEach((name) => delete process.env[name]));
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('stops the application from starting in production without a key, naming the variable', async () => {
    process.env['NODE_ENV'] = 'production';
    await expect(Test.createTestingModule({ imports: [AuthModule.forRoot()] }).compile()).rejects.toThrow(
      /HOTLINE_JWT_SECRET/,
    );
  });

  it('reads the key from the environment at boot', async () => {
    process.env['NODE_ENV'] = 'production';
    process.env['HOTLINE_JWT_SECRET'] = 'a-production-secret-that-is-long-enough-42';
    const moduleRef = await Test.createTestingModule({ imports: [AuthModule.forRoot()] }).compile();
    const config = moduleRef.get<AuthConfig>(AUTH_CONFIG);
    expect(config).toMatchObject({ algorithm: 'HS256', keySource: 'HOTLINE_JWT_SECRET' });
  });
});
