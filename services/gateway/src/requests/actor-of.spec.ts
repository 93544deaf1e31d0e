import { Principal } from '@hotline/auth';
import { actingRole, actorOf } from './actor-of';

describe('the role a principal acts in', () => {
  const everyRole: Principal = { sub: 'u-1', roles: ['operator', 'reviewer', 'unit', 'admin'], unitId: 'xt-yuhu' };

  it('is the first role the route asks for that the principal has, whatever order the token lists them in', () => {
    expect(actingRole(everyRole, ['admin', 'unit'])).toBe('admin');
    expect(actingRole({ ...everyRole, roles: ['unit', 'admin'] }, ['admin', 'unit'])).toBe('admin');
    expect(actingRole(everyRole, ['reviewer'])).toBe('reviewer');
    expect(actingRole(everyRole, ['supervisor', 'unit'])).toBe('unit');
  });

  it('on a route without roles, is the principal’s first', () => {
    expect(actingRole(everyRole, undefined)).toBe('operator');
    expect(actingRole(everyRole, [])).toBe('operator');
  });

  it('makes a partner acting as partner a partner actor, and anyone else a user', () => {
    expect(actorOf({ sub: 'p-1', roles: ['partner'] })).toEqual({ kind: 'partner', id: 'p-1', role: 'partner' });
    expect(actorOf({ sub: 'p-2', roles: ['partner', 'operator'] }, 'operator')).toEqual({
      kind: 'user',
      id: 'p-2',
      role: 'operator',
    });
    expect(actorOf(everyRole, 'unit')).toEqual({ kind: 'user', id: 'u-1', role: 'unit', unitId: 'xt-yuhu' });
  });
});
