import { UnusableCommandError } from '../errors/domain-error';

/** A unit of the directory as its hierarchy sees it: a district government over its townships and streets (Art. 8(4)). */
export interface UnitNode {
  readonly id: string;
  readonly parentId?: string | null;
}

/**
 * Art. 8(4) the hierarchy stays a tree: a unit's parent exists in the directory and is neither the unit itself nor
 * one of its subordinates. `parentOf` answers a unit's parent id (null for a top unit, undefined when the unit is
 * not in the directory). Returns the problem, or undefined when the parent may be set.
 */
export function unitParentProblem(
  unitId: string,
  parentId: string | undefined | null,
  parentOf: (id: string) => string | null | undefined,
): string | undefined {
  const seen = new Set([unitId]);
  let current = parentId ?? null;
  while (current) {
    if (seen.has(current)) return `parentId ${parentId} would make a cycle`;
    seen.add(current);
    const next = parentOf(current);
    if (next === undefined) return `parentId: no unit ${current}`;
    current = next;
  }
  return undefined;
}

/** Art. 8(4) refuses (422, field parentId) a parent that is missing or would make the hierarchy a cycle. */
export function assertUnitParent(
  unitId: string,
  parentId: string | undefined | null,
  parentOf: (id: string) => string | null | undefined,
): void {
  const problem = unitParentProblem(unitId, parentId, parentOf);
  if (problem) throw new UnusableCommandError(problem, { field: 'parentId' });
}

/**
 * Art. 8(4) the units a unit guides and supervises (指导、协调和监督下级单位): every unit below it, at any depth, in
 * the order met (breadth first). A cycle in the data cannot loop.
 */
export function subordinateUnitIds(unitId: string, units: readonly UnitNode[]): string[] {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  }
  const found: string[] = [];
  const seen = new Set([unitId]);
  const queue = [unitId];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift() as string) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}
