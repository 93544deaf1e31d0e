import { BadRequestException } from '@nestjs/common';

/** An opaque page cursor: the received time and id of the last work order of the previous page. */
export function encodeCursor(receivedAt: Date, id: string): string {
  return Buffer.from(`${receivedAt.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { receivedAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const receivedAt = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(receivedAt.getTime())) {
    throw new BadRequestException({
      message: 'cursor: is not the nextCursor of a previous page',
      details: [{ field: 'cursor', problems: ['unknown cursor'] }],
    });
  }
  return { receivedAt, id };
}
