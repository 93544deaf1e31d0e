import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../clock/clock';

/**
 * A job that runs every `everyMs` (0 or less: never) at the injected clock's time, one run at a time per process;
 * what keeps replicas from doing the same work twice is the job's own (a lock, a unique key). A job passes its clock
 * and its interval (from its config) to this constructor and writes only `run`.
 */
export abstract class IntervalJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  protected constructor(
    protected readonly clock: Clock,
    private readonly everyMs: number,
  ) {}

  /** one run; answers the log line of what it did, or nothing when it did nothing */
  protected abstract run(now: Date): Promise<string | undefined>;

  onApplicationBootstrap(): void {
    if (!Number.isFinite(this.everyMs) || this.everyMs <= 0) return;
    this.timer = setInterval(() => this.tick(), this.everyMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.run(this.clock.now())
      .then((done) => done && this.logger.log(done))
      .catch((error: unknown) => this.logger.warn(`${this.constructor.name} failed: ${(error as Error).message}`))
      .finally(() => (this.running = undefined));
  }
}
