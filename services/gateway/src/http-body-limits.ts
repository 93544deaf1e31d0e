import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';

/**
 * Bodies up to 2 MB are read, so that an over-long field (a 1 MB content) is refused by validation with a 400
 * naming the field; anything larger is refused unread (413).
 */
export const BODY_LIMIT = '2mb';

export function applyBodyLimits(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.useBodyParser('json', { limit: BODY_LIMIT });
  express.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
}
