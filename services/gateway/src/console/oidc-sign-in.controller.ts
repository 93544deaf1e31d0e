import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Post,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUTH_CONFIG, type AuthConfig, Public, signToken } from '@hotline/auth';
import { GatewayConfig } from '../gateway.config';
import type { SignedInView } from './dev-sign-in.dto';
import { principalFromOidcClaims } from './oidc-claims';
import { OidcProviderClient, OidcRefusal } from './oidc-provider-client';
import { OidcTokenBody } from './oidc-sign-in.dto';

const SESSION_TTL_SECONDS = 8 * 3600;

/**
 * Production sign-in: authorization code with PKCE at the city's OIDC provider (HOTLINE_OIDC_ISSUER, _CLIENT_ID).
 * The gateway exchanges the code, verifies the identity token against the issuer's JWKS, maps its groups to roles
 * and a unit, and answers the platform's own token, which every /api/v1 route already verifies.
 */
@ApiTags('console')
@Controller('api/v1/auth/oidc')
export class OidcSignInController {
  private readonly provider: OidcProviderClient;

  constructor(
    private readonly config: GatewayConfig,
    @Inject(AUTH_CONFIG) private readonly auth: AuthConfig,
  ) {
    this.provider = new OidcProviderClient(config);
  }

  @Get('config')
  @Public()
  @ApiOperation({ summary: 'Whether the console signs in through OIDC, and where the provider authorizes' })
  async settings(): Promise<
    { enabled: false } | { enabled: true; authorizationEndpoint: string; clientId: string; scope: string }
  > {
    if (!this.provider.enabled) return { enabled: false };
    const metadata = await this.provider.metadata();
    return {
      enabled: true,
      authorizationEndpoint: metadata.authorization_endpoint,
      clientId: this.config.HOTLINE_OIDC_CLIENT_ID,
      scope: this.config.HOTLINE_OIDC_SCOPE,
    };
  }

  @Post('token')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: "Exchange the provider's authorization code (PKCE) for the platform's token; 403 without a mapped role",
  })
  async token(@Body() body: OidcTokenBody): Promise<SignedInView> {
    if (!this.provider.enabled) throw new NotFoundException('OIDC sign-in is not configured (HOTLINE_OIDC_ISSUER)');
    if (!this.auth.signKey)
      throw new ForbiddenException('the gateway has no signing key (HOTLINE_JWT_SECRET or HOTLINE_JWT_PRIVATE_KEY)');
    let claims: Record<string, unknown>;
    try {
      claims = await this.provider.claimsForCode(body.code, body.codeVerifier, body.redirectUri);
    } catch (error) {
      if (error instanceof OidcRefusal) throw new UnauthorizedException(error.message);
      throw error;
    }
    const mapped = principalFromOidcClaims(claims, {
      rolesClaim: this.config.HOTLINE_OIDC_ROLES_CLAIM,
      unitClaim: this.config.HOTLINE_OIDC_UNIT_CLAIM,
    });
    if (!mapped.ok) throw new ForbiddenException(mapped.reason);
    const now = new Date();
    const { principal } = mapped;
    return {
      token: signToken(principal, this.auth, SESSION_TTL_SECONDS, now),
      sub: principal.sub,
      roles: principal.roles,
      ...(principal.unitId ? { unitId: principal.unitId } : {}),
      expiresAt: new Date(now.getTime() + SESSION_TTL_SECONDS * 1000).toISOString(),
    };
  }
}
