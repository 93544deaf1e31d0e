import { CALLER_HASH_PATTERN } from '@hotline/contracts';
import { invalidField, isCallerMisuseKind } from '@hotline/domain';

/** An opaque cursor of the misuse list: the newest flag's time, the caller hash and the kind of the last group. */
export function encodeMisuseCursor(at: Date, hash: string, kind: string): string {
  return Buffer.from(`${at.toISOString()}|${hash}|${kind}`).toString('base64url');
}

export function decodeMisuseCursor(cursor: string): { at: Date; hash: string; kind: string } {
  const [text, hash, kind] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(text ?? '');
  if (!hash || !CALLER_HASH_PATTERN.test(hash) || !isCallerMisuseKind(kind) || Number.isNaN(at.getTime()))
    throw invalidField('cursor', 'is not the nextCursor of a previous page');
  return { at, hash, kind };
}
