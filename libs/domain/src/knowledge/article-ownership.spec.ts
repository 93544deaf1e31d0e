import { InvalidDomainInputError, RoleNotAllowedError } from '../errors/domain-error';
import { Actor } from '../reference/roles';
import { assertMayEditArticle, ownerOfNewArticle } from './article-ownership';

const edu: Actor = { role: 'unit', id: 'u1', unitId: 'unit-xt-edu' };
const admin: Actor = { role: 'admin', id: 'a1' };
const operator: Actor = { role: 'operator', id: 'o1' };

function refusal(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('who writes and edits knowledge articles', () => {
  it('R8.1 a unit owns what it writes, and may not write for another unit (403)', () => {
    expect(ownerOfNewArticle(edu, undefined)).toBe('unit-xt-edu');
    expect(ownerOfNewArticle(edu, 'unit-xt-edu')).toBe('unit-xt-edu');
    const error = refusal(() => ownerOfNewArticle(edu, 'unit-xt-water'));
    expect(error).toBeInstanceOf(RoleNotAllowedError);
    expect(error).toMatchObject({ httpStatus: 403, message: expect.stringContaining('R8.1') });
  });

  it('R8.1 an admin writes for the unit it names, and must name one (400 naming ownerUnitId)', () => {
    expect(ownerOfNewArticle(admin, 'unit-xt-water')).toBe('unit-xt-water');
    const error = refusal(() => ownerOfNewArticle(admin, undefined));
    expect(error).toBeInstanceOf(InvalidDomainInputError);
    expect(error).toMatchObject({ httpStatus: 400, issues: [{ path: 'ownerUnitId' }] });
  });

  it('R8.1 other staff and a unit role without a unit write nothing (403)', () => {
    expect(refusal(() => ownerOfNewArticle(operator, 'unit-xt-edu'))).toMatchObject({ httpStatus: 403 });
    expect(refusal(() => ownerOfNewArticle({ role: 'unit', id: 'u2' }, undefined))).toMatchObject({ httpStatus: 403 });
    expect(refusal(() => ownerOfNewArticle({ role: 'system', id: 'sweep' }, 'unit-xt-edu'))).toMatchObject({
      httpStatus: 403,
    });
  });

  it('R8.1 a unit edits only its own articles; an admin edits any (403 otherwise)', () => {
    expect(() => assertMayEditArticle(edu, 'unit-xt-edu')).not.toThrow();
    expect(() => assertMayEditArticle(admin, 'unit-xt-edu')).not.toThrow();
    expect(refusal(() => assertMayEditArticle(edu, 'unit-xt-water'))).toMatchObject({
      httpStatus: 403,
      message: expect.stringContaining('R8.1'),
    });
    expect(refusal(() => assertMayEditArticle(operator, 'unit-xt-edu'))).toMatchObject({ httpStatus: 403 });
    expect(refusal(() => assertMayEditArticle({ role: 'unit', id: 'u2' }, 'unit-xt-edu'))).toMatchObject({
      httpStatus: 403,
    });
  });
});
