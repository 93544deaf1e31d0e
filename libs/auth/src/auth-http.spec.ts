import { Controller, Get, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { resolveAuthConfig } from './auth-config';
import { AuthModule } from './auth.module';
import { CurrentPrincipal } from './current-principal.decorator';
import type { Principal } from './principal';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';
import { signToken } from './sign-token';

const config = resolveAuthConfig({ HOTLINE_JWT_SECRET: 'a-test-secret-that-is-long-enough-0123456789' });

@Controller()
class ProbeController {
  @Public()
  @Get('healthz')
  healthz() {
    return { status: 'ok' };
  }

  @Get('me')
  me(@CurrentPrincipal() principal: Principal) {
    return principal;
  }

  @Roles('supervisor', 'admin')
  @Get('reports')
  reports() {
    return { items: [] };
  }
}

describe('AuthModule over HTTP', () => {
  let app: INestApplication;
  let baseUrl: string;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ config })],
      controllers: [ProbeController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
  });

  const get = (path: string, principal?: Principal) =>
    fetch(`${baseUrl}${path}`, {
      headers: principal ? { authorization: `Bearer ${signToken(principal, config, '5m')}` } : {},
    });

  it('serves @Public() routes without a token', async () => {
    expect((await get('/healthz')).status).toBe(200);
  });

  it('answers 401 with the JSON error shape when the token is missing', async () => {
    const response = await get('/me');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="hotline-12345"');
    expect(await response.json()).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'missing bearer token: send Authorization: Bearer <JWT>',
    });
  });

  it('answers 401 for an expired token', async () => {
    const expired = signToken({ sub: 'o', roles: ['operator'] }, config, '1m', new Date(Date.now() - 3600_000));
    const response = await fetch(`${baseUrl}/me`, { headers: { authorization: `Bearer ${expired}` } });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ message: 'token expired' });
  });

  it('hands the principal to @CurrentPrincipal()', async () => {
    const unit: Principal = { sub: 'zhang.wei', roles: ['unit'], unitId: 'housing' };
    const response = await get('/me', unit);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(unit);
  });

  it('answers 403 when the principal has none of the required roles', async () => {
    const response = await get('/reports', { sub: 'o', roles: ['operator'] });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: 'requires one of the roles: supervisor, admin',
    });
  });

  it('answers 200 when the principal has one of them', async () => {
    expect((await get('/reports', { sub: 's', roles: ['supervisor'] })).status).toBe(200);
  });
});
