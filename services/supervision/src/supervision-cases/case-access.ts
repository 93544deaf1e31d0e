import { Actor } from '@hotline/contracts';
import { NotFoundError, SupervisionCase } from '@hotline/domain';

/** A unit sees only the cases of its own work orders: another unit's case does not exist for it (404). */
export function unitSeesCase(actor: Actor): (current: SupervisionCase) => void {
  return (current) => {
    if (actor.role === 'unit' && !(actor.unitId && current.unitIds.includes(actor.unitId))) {
      throw new NotFoundError(`no supervision case ${current.id}`);
    }
  };
}
