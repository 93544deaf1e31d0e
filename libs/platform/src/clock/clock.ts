import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';

/**
 * The time use cases act at. Normally the host clock. For end-to-end tests that must cross holidays, a
 * non-production process started with HOTLINE_TEST_CLOCK_FILE reads "now" (ISO-8601) from that file on every
 * call, so a test moves every service's time by writing one file.
 */
@Injectable()
export class Clock {
  private readonly file: string | undefined;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.file = env.HOTLINE_TEST_CLOCK_FILE || undefined;
    if (this.file && env.NODE_ENV === 'production') throw new Error('HOTLINE_TEST_CLOCK_FILE is refused in production');
  }

  now(): Date {
    if (!this.file) return new Date();
    const text = readTrimmed(this.file);
    const at = text ? new Date(text) : new Date();
    if (Number.isNaN(at.getTime())) throw new Error(`HOTLINE_TEST_CLOCK_FILE holds no ISO-8601 time: '${text}'`);
    return at;
  }
}

function readTrimmed(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}
