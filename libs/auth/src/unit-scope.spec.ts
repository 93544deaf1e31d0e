import { ForbiddenException } from '@nestjs/common';
import type { Principal } from './principal';
import { assertActsAsLead, canSeeUnitWork, workScopeOf } from './unit-scope';

const housing: Principal = { sub: 'zhang.wei', roles: ['unit'], unitId: 'housing' };
const order = { leadUnitId: 'water', coUnitIds: ['housing', 'police'] };

describe('unit scoping', () => {
  it.each(['operator', 'reviewer', 'supervisor', 'admin'] as const)('%s sees every work order', (role) => {
    const staff: Principal = { sub: 's', roles: [role] };
    expect(canSeeUnitWork(staff, order)).toBe(true);
    expect(canSeeUnitWork(staff, { leadUnitId: null })).toBe(true);
    expect(workScopeOf(staff)).toEqual({ kind: 'all' });
  });

  it('a unit sees orders where it is lead or co, and no others', () => {
    expect(canSeeUnitWork(housing, { leadUnitId: 'housing' })).toBe(true);
    expect(canSeeUnitWork(housing, order)).toBe(true);
    expect(canSeeUnitWork(housing, { leadUnitId: 'water', coUnitIds: ['police'] })).toBe(false);
    expect(canSeeUnitWork(housing, { leadUnitId: null, coUnitIds: null })).toBe(false);
    expect(workScopeOf(housing)).toEqual({ kind: 'unit', unitId: 'housing' });
  });

  it('a partner sees no work orders', () => {
    const partner: Principal = { sub: 'hotline-110', roles: ['partner'] };
    expect(canSeeUnitWork(partner, order)).toBe(false);
    expect(workScopeOf(partner)).toEqual({ kind: 'none' });
  });

  it('lets the lead unit act', () => {
    expect(() => assertActsAsLead(housing, 'housing')).not.toThrow();
  });

  it('forbids a co unit, another unit, staff and an undispatched order from acting as lead', () => {
    expect(() => assertActsAsLead(housing, order.leadUnitId)).toThrow(ForbiddenException);
    expect(() => assertActsAsLead({ ...housing, unitId: 'parks' }, 'housing')).toThrow(ForbiddenException);
    expect(() => assertActsAsLead({ sub: 'a', roles: ['admin'] }, 'housing')).toThrow(ForbiddenException);
    expect(() => assertActsAsLead(housing, undefined)).toThrow(ForbiddenException);
  });
});
