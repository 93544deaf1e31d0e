import { FieldProblemError } from '@hotline/domain';

/** An opaque page cursor: the time and id of the last row of the previous page. */
export function encodePageCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

export function decodePageCursor(cursor: string): { at: Date; id: string } {
  const [text, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(text ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(at.getTime())) {
    throw new FieldProblemError(
      [{ field: 'cursor', problems: ['unknown cursor'] }],
      'cursor: is not the nextCursor of a previous page',
    );
  }
  return { at, id };
}
