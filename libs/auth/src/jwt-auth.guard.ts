import { type CanActivate, type ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { recordRequestUnit } from '@hotline/telemetry';
import type { AuthConfig } from './auth-config';
import { AUTH_CONFIG } from './auth.constants';
import { AuthError } from './auth-error';
import type { AuthenticatedRequest } from './authenticated-request';
import { bearerTokenOf } from './bearer-token';
import { IS_PUBLIC_KEY } from './public.decorator';
import { verifyToken } from './verify-token';

interface ChallengeableResponse {
  setHeader?(name: string, value: string): unknown;
}

/** Verifies `Authorization: Bearer <JWT>` and puts the principal on the request; 401 when missing or invalid. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    // Only HTTP carries callers' tokens; NATS handlers of a hybrid app trust the network and the actor in the message.
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    try {
      const token = bearerTokenOf(request.headers['authorization']);
      if (!token) throw new AuthError('missing-token', 'missing bearer token: send Authorization: Bearer <JWT>');
      request.principal = verifyToken(token, this.config);
      recordRequestUnit(request.principal.unitId);
      return true;
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      http.getResponse<ChallengeableResponse>().setHeader?.('WWW-Authenticate', this.challenge(error));
      throw new UnauthorizedException(error.message);
    }
  }

  // RFC 6750 §3: tell clients which scheme is expected and, for a bad token, why.
  private challenge(error: AuthError): string {
    const realm = `Bearer realm="${this.config.audience}"`;
    return error.code === 'missing-token'
      ? realm
      : `${realm}, error="invalid_token", error_description="${error.message}"`;
  }
}
