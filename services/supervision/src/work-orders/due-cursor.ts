import { invalidField } from '@hotline/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Marks a cursor of the `sort=due` order, so that a cursor of the newest-first order is refused rather than misread.
const TAG = 'due';

/** Where a page of the `sort=due` list left off: the running deadline (null: none runs) and id of its last row. */
export interface DuePosition {
  readonly due: Date | null;
  readonly id: string;
}

/** The opaque `nextCursor` of the list in deadline order. */
export function encodeDueCursor({ due, id }: DuePosition): string {
  return Buffer.from(`${TAG}|${due ? due.toISOString() : ''}|${id}`).toString('base64url');
}

/** Reads a `cursor` of the deadline order back; any other is a 400 naming the field. */
export function decodeDueCursor(cursor: string): DuePosition {
  const [tag, text, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const due = text ? new Date(text) : null;
  if (tag !== TAG || !id || !UUID.test(id) || (due !== null && Number.isNaN(due.getTime()))) {
    throw invalidField('cursor', 'is not the nextCursor of a previous page');
  }
  return { due, id };
}
