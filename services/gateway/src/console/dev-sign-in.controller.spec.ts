import { ForbiddenException } from '@nestjs/common';
import { resolveAuthConfig, verifyToken } from '@hotline/auth';
import { GatewayConfig } from '../gateway.config';
import { DevSignInController } from './dev-sign-in.controller';

const auth = resolveAuthConfig({}, () => undefined);
const controllerIn = (nodeEnv: string) =>
  new DevSignInController(Object.assign(new GatewayConfig(), { NODE_ENV: nodeEnv }), auth);

describe('the console development sign-in', () => {
  it('issues a token the gateway verifies, for the chosen roles and unit', () => {
    const answer = controllerIn('development').signIn({ roles: ['unit', 'reviewer'], unitId: 'xt-cgj', sub: 'li' });
    expect(verifyToken(answer.token, auth)).toEqual({ sub: 'li', roles: ['unit', 'reviewer'], unitId: 'xt-cgj' });
  });

  it('asks for the unit of role unit, naming the field', () => {
    expect(() => controllerIn('development').signIn({ roles: ['unit'] })).toThrow(/unitId/);
  });

  it('is refused when NODE_ENV=production', () => {
    expect(() => controllerIn('production').signIn({ roles: ['admin'] })).toThrow(ForbiddenException);
  });
});
