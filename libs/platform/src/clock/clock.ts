import { Injectable } from '@nestjs/common';
import { IsISO8601, IsString, ValidateIf } from 'class-validator';

/** The clock's settings: end-to-end tests start every service at the same instant. */
export class ClockConfig {
  /** Tests only (refused in production): time stands at this ISO-8601 instant until a test moves it. */
  @ValidateIf((config: ClockConfig) => config.HOTLINE_TEST_CLOCK !== '')
  @IsISO8601({ strict: true }, { message: 'HOTLINE_TEST_CLOCK must be an ISO-8601 time' })
  HOTLINE_TEST_CLOCK = '';

  @IsString()
  NODE_ENV = '';
}

/**
 * The time use cases act at, injected wherever "now" is needed: the host clock, unless a test stood it at an
 * instant, with `HOTLINE_TEST_CLOCK` at start, then through `set()` (in process, or over NATS with the test clock
 * command, see `TestClockListener`). A production process refuses both.
 */
@Injectable()
export class Clock {
  private standing: Date | undefined;
  private readonly production: boolean;

  constructor(config: Partial<ClockConfig> = {}) {
    this.production = config.NODE_ENV === 'production';
    if (config.HOTLINE_TEST_CLOCK) {
      if (this.production) throw new Error('HOTLINE_TEST_CLOCK is refused in production');
      this.set(new Date(config.HOTLINE_TEST_CLOCK));
    }
  }

  now(): Date {
    return this.standing ? new Date(this.standing.getTime()) : new Date();
  }

  /** Tests only: from now on time stands at `at`, for every use case of this process. */
  set(at: Date): void {
    if (this.production) throw new Error('the test clock is refused in production');
    if (Number.isNaN(at.getTime())) throw new Error('the test clock needs an ISO-8601 time');
    this.standing = new Date(at.getTime());
  }
}
