import { generateKeyPairSync } from 'node:crypto';
import { Controller, Get, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { withEnvironment } from '@hotline/contracts';
import { resolveAuthConfig } from './auth-config';
import { AuthModule } from './auth.module';
import type { Principal } from './principal';
import { CurrentPrincipal } from './current-principal.decorator';
import { signToken } from './sign-token';
import { verifyToken } from './verify-token';

@Controller()
class ProbeController {
  @Get('me')
  me(@CurrentPrincipal() principal: Principal) {
    return principal;
  }
}

const OPERATOR: Principal = { sub: 'op-1', roles: ['operator'] };

/** A service started with these variables, as the gateway reads them at boot; answers GET /me's status for a token. */
async function statusOfMe(env: Record<string, string>, token: string): Promise<number> {
  const app: INestApplication = await withEnvironment(env, async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot()],
      controllers: [ProbeController],
    }).compile();
    return moduleRef.createNestApplication({ logger: false });
  });
  await app.listen(0, '127.0.0.1');
  try {
    const response = await fetch(`${await app.getUrl()}/me`, { headers: { authorization: `Bearer ${token}` } });
    return response.status;
  } finally {
    await app.close();
  }
}

describe('rotating the JWT key without a cut-over (real HTTP)', () => {
  it('HS256: a token of the previous secret is accepted while HOTLINE_JWT_PREVIOUS_SECRETS lists it, 401 once removed', async () => {
    const oldSecret = 'old-secret-of-the-gateway-0123456789abcdef';
    const newSecret = 'new-secret-of-the-gateway-fedcba9876543210';
    const oldToken = signToken(
      OPERATOR,
      resolveAuthConfig({ NODE_ENV: 'production', HOTLINE_JWT_SECRET: oldSecret }),
      '5m',
    );
    const during = { NODE_ENV: 'production', HOTLINE_JWT_SECRET: newSecret, HOTLINE_JWT_PREVIOUS_SECRETS: oldSecret };
    const after = { NODE_ENV: 'production', HOTLINE_JWT_SECRET: newSecret };

    expect(await statusOfMe(during, oldToken)).toBe(200);
    expect(await statusOfMe(after, oldToken)).toBe(401);
    // During the rotation new tokens are signed with the new secret only.
    const newToken = signToken(OPERATOR, resolveAuthConfig(during), '5m');
    expect(await statusOfMe(after, newToken)).toBe(200);
    expect(await statusOfMe({ NODE_ENV: 'production', HOTLINE_JWT_SECRET: oldSecret }, newToken)).toBe(401);
  });

  it('RS256: a token of the previous key pair is accepted while HOTLINE_JWT_PREVIOUS_PUBLIC_KEYS lists it, 401 once removed', async () => {
    const pair = () =>
      generateKeyPairSync('rsa', {
        modulusLength: 2048,
        publicKeyEncoding: { type: 'spki', format: 'pem' },
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      });
    const [oldPair, newPair] = [pair(), pair()];
    const oldToken = signToken(OPERATOR, resolveAuthConfig({ HOTLINE_JWT_PRIVATE_KEY: oldPair.privateKey }), '5m');
    const current = { NODE_ENV: 'production', HOTLINE_JWT_PUBLIC_KEY: newPair.publicKey };

    expect(await statusOfMe({ ...current, HOTLINE_JWT_PREVIOUS_PUBLIC_KEYS: oldPair.publicKey }, oldToken)).toBe(200);
    expect(await statusOfMe(current, oldToken)).toBe(401);
  });

  it('still refuses an expired token of a previous key with the reason the token has', async () => {
    const oldSecret = 'old-secret-of-the-gateway-0123456789abcdef';
    const config = resolveAuthConfig({ HOTLINE_JWT_SECRET: 'n'.repeat(40), HOTLINE_JWT_PREVIOUS_SECRETS: oldSecret });
    const expired = signToken(
      OPERATOR,
      resolveAuthConfig({ HOTLINE_JWT_SECRET: oldSecret }),
      '1m',
      new Date(Date.now() - 3600_000),
    );
    expect(() => verifyToken(expired, config)).toThrow('token expired');
  });
});
