import { ForbiddenException, BadRequestException } from '@nestjs/common';
import { Actor } from '@hotline/contracts';
import { announcementOf, assertMayEdit, ownerOfNewArticle } from './article-access';

const edu: Actor = { kind: 'user', id: 'u1', role: 'unit', unitId: 'unit-xt-edu' };
const admin: Actor = { kind: 'user', id: 'a1', role: 'admin' };
const operator: Actor = { kind: 'user', id: 'o1', role: 'operator' };

describe('who writes knowledge articles', () => {
  it('R8.1 a unit owns what it writes, and may not write for another unit', () => {
    expect(ownerOfNewArticle(edu, undefined)).toBe('unit-xt-edu');
    expect(ownerOfNewArticle(edu, 'unit-xt-edu')).toBe('unit-xt-edu');
    expect(() => ownerOfNewArticle(edu, 'unit-xt-water')).toThrow(ForbiddenException);
  });

  it('R8.1 an admin writes for the unit it names, and must name one', () => {
    expect(ownerOfNewArticle(admin, 'unit-xt-water')).toBe('unit-xt-water');
    expect(() => ownerOfNewArticle(admin, undefined)).toThrow(BadRequestException);
  });

  it('R8.1 other staff and a unit role without a unit write nothing', () => {
    expect(() => ownerOfNewArticle(operator, 'unit-xt-edu')).toThrow(ForbiddenException);
    expect(() => ownerOfNewArticle({ kind: 'user', id: 'u2', role: 'unit' }, undefined)).toThrow(ForbiddenException);
  });

  it('R8.1 a unit edits only its own articles; an admin edits any', () => {
    expect(() => assertMayEdit(edu, 'unit-xt-edu')).not.toThrow();
    expect(() => assertMayEdit(admin, 'unit-xt-edu')).not.toThrow();
    expect(() => assertMayEdit(edu, 'unit-xt-water')).toThrow(ForbiddenException);
    expect(() => assertMayEdit(operator, 'unit-xt-edu')).toThrow(ForbiddenException);
  });

  it('announces every published version, and a retirement once', () => {
    expect(announcementOf(null, 'published')).toBe('published');
    expect(announcementOf('published', 'published')).toBe('published');
    expect(announcementOf('published', 'retired')).toBe('retired');
    expect(announcementOf('retired', 'retired')).toBeNull();
    expect(announcementOf(null, 'draft')).toBeNull();
  });
});
