import { Body, Controller, ForbiddenException, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUTH_CONFIG, type AuthConfig, Public, signToken } from '@hotline/auth';
import { badInput } from '@hotline/platform';
import { GatewayConfig } from '../gateway.config';
import { DevSignInBody, SignedInView } from './dev-sign-in.dto';

const DEV_TOKEN_TTL_SECONDS = 8 * 3600;

/**
 * The console's development sign-in: a token for the roles and unit chosen on the form, as `npm run token` prints.
 * Refused when NODE_ENV=production, where people sign in through the city's OIDC provider.
 */
@ApiTags('console')
@Controller('api/v1/auth')
export class DevSignInController {
  constructor(
    private readonly config: GatewayConfig,
    @Inject(AUTH_CONFIG) private readonly auth: AuthConfig,
  ) {}

  @Post('dev-token')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Development only: a token for the chosen roles and unit (403 when NODE_ENV=production)' })
  signIn(@Body() body: DevSignInBody): SignedInView {
    if (this.config.NODE_ENV === 'production' || !this.auth.signKey) {
      throw new ForbiddenException('the development sign-in is off in production: sign in with the OIDC provider');
    }
    const roles = [...new Set(body.roles)];
    if (roles.includes('unit') && !body.unitId) {
      throw badInput([{ field: 'unitId', problems: ['is required with role unit'] }]);
    }
    const sub = body.sub ?? `dev-${roles[0]}`;
    const unitId = roles.includes('unit') ? body.unitId : undefined;
    const now = new Date();
    const token = signToken({ sub, roles, ...(unitId ? { unitId } : {}) }, this.auth, DEV_TOKEN_TTL_SECONDS, now);
    const expiresAt = new Date(now.getTime() + DEV_TOKEN_TTL_SECONDS * 1000).toISOString();
    return { token, sub, roles, ...(unitId ? { unitId } : {}), expiresAt };
  }
}
