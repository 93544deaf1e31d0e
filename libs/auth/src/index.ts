export { ROLES, isRole, type Role } from './role';
export { hasAnyRole, type Principal } from './principal';
export { AuthError, type AuthErrorCode } from './auth-error';
export {
  DEFAULT_JWT_AUDIENCE,
  DEFAULT_JWT_ISSUER,
  DEVELOPMENT_JWT_SECRET,
  MIN_PRODUCTION_SECRET_LENGTH,
  resolveAuthConfig,
  type AuthConfig,
  type JwtAlgorithm,
} from './auth-config';
export { verifyToken } from './verify-token';
export { signToken } from './sign-token';
export { ttlToSeconds } from './token-ttl';
export { bearerTokenOf } from './bearer-token';
export { AUTH_CONFIG } from './auth.constants';
export type { AuthenticatedRequest } from './authenticated-request';
export { AuthModule, type AuthModuleOptions } from './auth.module';
export { JwtAuthGuard } from './jwt-auth.guard';
export { RolesGuard } from './roles.guard';
export { Roles, ROLES_KEY } from './roles.decorator';
export { Public, IS_PUBLIC_KEY } from './public.decorator';
export { CurrentPrincipal } from './current-principal.decorator';
