import { UnusableCommandError } from '../errors/domain-error';
import { assertUnitParent, subordinateUnitIds, unitParentProblem } from './unit-hierarchy';

const DIRECTORY = [
  { id: 'xt-yuhu', parentId: null },
  { id: 'xt-yuhu-chengzheng', parentId: 'xt-yuhu' },
  { id: 'xt-yuhu-chengzheng-c1', parentId: 'xt-yuhu-chengzheng' },
  { id: 'xt-yuhu-yunting', parentId: 'xt-yuhu' },
  { id: 'xt-yuetang', parentId: null },
  { id: 'xt-yuetang-baota', parentId: 'xt-yuetang' },
];
const parentOf = (id: string): string | null | undefined => {
  const unit = DIRECTORY.find((candidate) => candidate.id === id);
  return unit ? unit.parentId : undefined;
};

describe('the unit hierarchy of the directory (Art. 8(4): 指导、协调和监督下级单位)', () => {
  it('Art. 8(4) R15.3 gives a district every unit below it, at any depth, and not its siblings’', () => {
    expect(subordinateUnitIds('xt-yuhu', DIRECTORY)).toEqual([
      'xt-yuhu-chengzheng',
      'xt-yuhu-yunting',
      'xt-yuhu-chengzheng-c1',
    ]);
    expect(subordinateUnitIds('xt-yuhu-yunting', DIRECTORY)).toEqual([]);
    expect(subordinateUnitIds('xt-unknown', DIRECTORY)).toEqual([]);
  });

  it('Art. 8(4) does not loop on a cycle in stored data', () => {
    const cyclic = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(subordinateUnitIds('a', cyclic)).toEqual(['b']);
  });

  it('Art. 8(4) accepts a parent that exists, and a top unit without one', () => {
    expect(unitParentProblem('xt-yuhu-new', 'xt-yuhu', parentOf)).toBeUndefined();
    expect(unitParentProblem('xt-new', undefined, parentOf)).toBeUndefined();
    expect(unitParentProblem('xt-yuhu-chengzheng', 'xt-yuhu-yunting', parentOf)).toBeUndefined();
  });

  it('Art. 8(4) refuses a parent missing from the directory (422, field parentId)', () => {
    expect(unitParentProblem('xt-new', 'xt-nowhere', parentOf)).toMatch(/no unit xt-nowhere/);
    expect(() => assertUnitParent('xt-new', 'xt-nowhere', parentOf)).toThrow(UnusableCommandError);
    try {
      assertUnitParent('xt-new', 'xt-nowhere', parentOf);
    } catch (error) {
      expect((error as UnusableCommandError).httpStatus).toBe(422);
      expect((error as UnusableCommandError).details).toEqual({ field: 'parentId' });
    }
  });

  it('Art. 8(4) refuses a unit as its own parent, or under one of its own subordinates (a cycle)', () => {
    expect(unitParentProblem('xt-yuhu', 'xt-yuhu', parentOf)).toMatch(/cycle/);
    expect(unitParentProblem('xt-yuhu', 'xt-yuhu-chengzheng-c1', parentOf)).toMatch(/cycle/);
    expect(unitParentProblem('xt-yuhu-chengzheng', 'xt-yuhu-chengzheng-c1', parentOf)).toMatch(/cycle/);
  });
});
