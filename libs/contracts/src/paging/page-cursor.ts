import { invalidField } from '@hotline/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a page left off: the time and id of its last row (lists are ordered by time, then id). */
export interface PagePosition {
  readonly at: Date;
  readonly id: string;
}

/** The opaque `nextCursor` of every list. */
export function encodePageCursor({ at, id }: PagePosition): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

/** Reads a `cursor` back; one that no page gave out is a 400 naming the field. */
export function decodePageCursor(cursor: string): PagePosition {
  const [text, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(text ?? '');
  if (!id || !UUID.test(id) || Number.isNaN(at.getTime())) {
    throw invalidField('cursor', 'is not the nextCursor of a previous page');
  }
  return { at, id };
}
