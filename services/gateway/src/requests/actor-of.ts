import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthenticatedRequest, Principal, Role, ROLES_KEY } from '@hotline/auth';
import { Actor } from '@hotline/contracts';

/**
 * The role a principal acts in on a route: the first of the route's `@Roles(...)` that the principal has, so a user
 * with several roles acts in the role the route asks for (the route lists its roles in the order it prefers them).
 * A route without `@Roles` takes the principal's first role.
 */
export function actingRole(principal: Principal, routeRoles?: readonly Role[]): Role | undefined {
  if (!routeRoles || routeRoles.length === 0) return principal.roles[0];
  return routeRoles.find((role) => principal.roles.includes(role));
}

/** The event actor for a signed-in principal acting in `role`: partners are partners, everyone else a user. */
export function actorOf(principal: Principal, role: Role | undefined = actingRole(principal)): Actor {
  return {
    kind: role === 'partner' ? 'partner' : 'user',
    id: principal.sub,
    ...(role ? { role } : {}),
    ...(principal.unitId ? { unitId: principal.unitId } : {}),
  };
}

/** What `SupervisedUnitsInterceptor` leaves on a request of a route that reads work orders (Art. 8(4)). */
export interface SupervisedUnitsOnRequest {
  supervisedUnitIds?: string[];
}

const reflector = new Reflector();

/**
 * The verified caller of this request as the actor of the route's role (see `actingRole`); 401 without a token. A
 * unit on a route marked `@ReadsSubordinates()` carries the units below it (Art. 8(4)).
 */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const { principal, supervisedUnitIds } = context
    .switchToHttp()
    .getRequest<AuthenticatedRequest & SupervisedUnitsOnRequest>();
  if (!principal) throw new UnauthorizedException('missing bearer token: send Authorization: Bearer <JWT>');
  const routeRoles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
    context.getHandler(),
    context.getClass(),
  ]);
  const actor = actorOf(principal, actingRole(principal, routeRoles));
  return actor.role === 'unit' && supervisedUnitIds?.length ? { ...actor, supervisedUnitIds } : actor;
});
