import { type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { resolveAuthConfig } from './auth-config';
import type { AuthenticatedRequest } from './authenticated-request';
import { JwtAuthGuard } from './jwt-auth.guard';
import { Public } from './public.decorator';
import { signToken } from './sign-token';

const config = resolveAuthConfig({ HOTLINE_JWT_SECRET: 'a-test-secret-that-is-long-enough-0123456789' });
const guard = new JwtAuthGuard(new Reflector(), config);

class ProbeController {
  @Public()
  healthz(): string {
    return 'ok';
  }
  workOrders(): string {
    return 'work orders';
  }
}

function httpContext(handler: () => unknown, request: AuthenticatedRequest, response = { setHeader: jest.fn() }) {
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => ProbeController,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ExecutionContext;
}

describe('JwtAuthGuard', () => {
  it('puts the verified principal on the request', () => {
    const request: AuthenticatedRequest = {
      headers: { authorization: `Bearer ${signToken({ sub: 'op', roles: ['operator'] }, config, '1h')}` },
    };
    expect(guard.canActivate(httpContext(ProbeController.prototype.workOrders, request))).toBe(true);
    expect(request.principal).toEqual({ sub: 'op', roles: ['operator'] });
  });

  it('answers 401 with a Bearer challenge when the token is missing', () => {
    const response = { setHeader: jest.fn() };
    const context = httpContext(ProbeController.prototype.workOrders, { headers: {} }, response);
    expect(() => guard.canActivate(context)).toThrow(UnauthorizedException);
    expect(response.setHeader).toHaveBeenCalledWith('WWW-Authenticate', 'Bearer realm="hotline-12345"');
  });

  it('answers 401 with invalid_token when the token is bad', () => {
    const response = { setHeader: jest.fn() };
    const request = { headers: { authorization: 'Bearer not.a.jwt' } };
    expect(() => guard.canActivate(httpContext(ProbeController.prototype.workOrders, request, response))).toThrow(
      'token is malformed',
    );
    expect(response.setHeader).toHaveBeenCalledWith('WWW-Authenticate', expect.stringContaining('invalid_token'));
  });

  it('lets @Public() routes through without a token', () => {
    expect(guard.canActivate(httpContext(ProbeController.prototype.healthz, { headers: {} }))).toBe(true);
  });

  it('leaves non-HTTP contexts alone', () => {
    const rpc = { getType: () => 'rpc' } as unknown as ExecutionContext;
    expect(guard.canActivate(rpc)).toBe(true);
  });
});
