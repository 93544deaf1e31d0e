import { type JurisdictionKind, TOP_LEVEL_KINDS } from './xiangtan-jurisdictions';

/**
 * R13.2 the jurisdiction table the address check reads: a district, county, city or zone stands alone; a township or
 * street names the one it lies in. What is wrong with an entry's `parentCode`, or nothing.
 */
export function jurisdictionParentProblem(kind: JurisdictionKind, parentCode: string | undefined): string | undefined {
  const topLevel = TOP_LEVEL_KINDS.includes(kind);
  if (topLevel && parentCode) return 'a district, county, city or zone has no parent';
  if (!topLevel && !parentCode) return 'a township or street names its district, county, city or zone';
  return undefined;
}

/** R13.2 the parent an entry names must be a district, county, city or zone of the table. */
export function jurisdictionParentEntryProblem(
  parentCode: string,
  parent: { readonly kind: JurisdictionKind } | null | undefined,
): string | undefined {
  return parent && TOP_LEVEL_KINDS.includes(parent.kind)
    ? undefined
    : `no district, county, city or zone ${parentCode}`;
}
