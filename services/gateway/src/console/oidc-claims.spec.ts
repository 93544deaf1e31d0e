import { principalFromOidcClaims } from './oidc-claims';

const mapping = { rolesClaim: 'groups', unitClaim: 'unit_id' };

describe('the identity provider claims the console maps to roles and a unit', () => {
  it('gives each hotline:<role> group its role and hotline:unit:<id> the unit', () => {
    expect(
      principalFromOidcClaims({ sub: 'zhang', groups: ['hotline:operator', 'hotline:reviewer', 'staff'] }, mapping),
    ).toEqual({
      ok: true,
      principal: { sub: 'oidc:zhang', roles: ['operator', 'reviewer'] },
    });
    expect(principalFromOidcClaims({ sub: 'li', groups: 'hotline:unit:xt-cgj' }, mapping)).toEqual({
      ok: true,
      principal: { sub: 'oidc:li', roles: ['unit'], unitId: 'xt-cgj' },
    });
    expect(principalFromOidcClaims({ sub: 'li', groups: ['hotline:unit'], unit_id: 'xt-sjj' }, mapping)).toMatchObject({
      principal: { unitId: 'xt-sjj' },
    });
  });

  it('refuses an identity without a role, a unit role without its unit, two units, partners and no subject', () => {
    expect(principalFromOidcClaims({ sub: 'a', groups: ['staff'] }, mapping).ok).toBe(false);
    expect(principalFromOidcClaims({ sub: 'a', groups: ['hotline:unit'] }, mapping).ok).toBe(false);
    expect(principalFromOidcClaims({ sub: 'a', groups: ['hotline:unit:x', 'hotline:unit:y'] }, mapping).ok).toBe(false);
    expect(principalFromOidcClaims({ sub: 'a', groups: ['hotline:partner'] }, mapping).ok).toBe(false);
    expect(principalFromOidcClaims({ groups: ['hotline:admin'] }, mapping).ok).toBe(false);
  });
});
