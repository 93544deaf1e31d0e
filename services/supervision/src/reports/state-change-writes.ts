import type { ReportStateChange } from '@hotline/domain';

/** What a new fold of some work orders changes in their stored state-change rows. */
export interface StateChangeWrites {
  /** event ids of stored rows the fold no longer has */
  remove: string[];
  /** rows that are new, or differ from the stored ones */
  upsert: ReportStateChange[];
}

const COMPARED: (keyof ReportStateChange)[] = [
  'workOrderId',
  'version',
  'step',
  'fromStatus',
  'toStatus',
  'unitId',
  'late',
  'workingDays',
  'satisfaction',
  'contacted',
  'excluded',
];

function same(stored: ReportStateChange, folded: ReportStateChange): boolean {
  return stored.at.getTime() === folded.at.getTime() && COMPARED.every((key) => stored[key] === folded[key]);
}

/**
 * R24.1 the rows a fold writes: a step usually adds one row and leaves the earlier ones as they were, so only what
 * differs is written (an approved appeal, say, changes an earlier callback's `excluded`).
 */
export function stateChangeWrites(
  stored: readonly ReportStateChange[],
  folded: readonly ReportStateChange[],
): StateChangeWrites {
  const storedById = new Map(stored.map((row) => [row.eventId, row]));
  const foldedIds = new Set(folded.map((row) => row.eventId));
  return {
    remove: stored.filter((row) => !foldedIds.has(row.eventId)).map((row) => row.eventId),
    upsert: folded.filter((row) => {
      const before = storedById.get(row.eventId);
      return !before || !same(before, row);
    }),
  };
}
