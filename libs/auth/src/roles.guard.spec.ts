import { type ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal } from './principal';
import { Roles } from './roles.decorator';
import { RolesGuard } from './roles.guard';

const guard = new RolesGuard(new Reflector());

@Roles('supervisor', 'admin')
class ReportsController {
  monthly(): string {
    return 'monthly';
  }
  @Roles('admin')
  calendar(): string {
    return 'calendar';
  }
}

class OpenController {
  anything(): string {
    return 'anything';
  }
}

function httpContext(controller: object, handler: () => void, principal?: Principal) {
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => ({ headers: {}, principal }) }),
  } as unknown as ExecutionContext;
}

const supervisor: Principal = { sub: 's', roles: ['supervisor'] };
const operator: Principal = { sub: 'o', roles: ['operator', 'reviewer'] };

describe('RolesGuard', () => {
  it('allows a principal with one of the controller roles', () => {
    const context = httpContext(ReportsController, ReportsController.prototype.monthly, supervisor);
    expect(guard.canActivate(context)).toBe(true);
  });

  it('answers 403 when the principal has none of the roles', () => {
    const context = httpContext(ReportsController, ReportsController.prototype.monthly, operator);
    expect(() => guard.canActivate(context)).toThrow(ForbiddenException);
    expect(() => guard.canActivate(context)).toThrow('requires one of the roles: supervisor, admin');
  });

  it('lets a method list replace the controller list', () => {
    const context = httpContext(ReportsController, ReportsController.prototype.calendar, supervisor);
    expect(() => guard.canActivate(context)).toThrow(ForbiddenException);
  });

  it('answers 401, not 403, when roles are required and nobody is authenticated', () => {
    const context = httpContext(ReportsController, ReportsController.prototype.monthly);
    expect(() => guard.canActivate(context)).toThrow(UnauthorizedException);
  });

  it('allows anyone authenticated where no roles are declared', () => {
    expect(guard.canActivate(httpContext(OpenController, OpenController.prototype.anything, operator))).toBe(true);
  });
});
