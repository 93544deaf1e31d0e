import type { Actor } from '../reference/roles';

/**
 * R14.3 R18.1 what a clear read shows besides name and phone: a unit needs those two to contact the caller (Art. 18);
 * the id number stays with the centre (operators, reviewers, supervisors).
 */
export function readsCallerIdNumber(reader: Pick<Actor, 'role'>): boolean {
  return reader.role !== 'unit';
}
