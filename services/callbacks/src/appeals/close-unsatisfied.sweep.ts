import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@hotline/contracts';
import { Clock } from '@hotline/messaging';
import { WorkOrderState } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { TakeCallbackStep } from '../callbacks/take-callback-step';
import { CallbacksConfig } from '../config/callbacks.config';

export const CLOSE_UNSATISFIED_ACTOR: Actor = Object.freeze({ kind: 'system', id: 'close-unsatisfied-sweep' }) as Actor;
const BATCH = 500;

/**
 * R20.3 an unsatisfied result nobody appealed within the window is closed, counted as unsatisfied (the domain
 * refuses it before the window ends). Runs every HOTLINE_UNSATISFIED_SWEEP_MS (default 60 s, 0 = off).
 * Replicas may sweep together: the row lock lets one take the step and the other gets 409, which is skipped.
 */
@Injectable()
export class CloseUnsatisfiedSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CloseUnsatisfiedSweep.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly step: TakeCallbackStep,
    private readonly clock: Clock,
    private readonly config: CallbacksConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.HOTLINE_UNSATISFIED_SWEEP_MS;
    if (every <= 0) return;
    this.timer = setInterval(() => this.tick(), every);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Closes every unsatisfied work order whose appeal window ended before `now`; answers their ids. */
  async runOnce(now: Date): Promise<string[]> {
    const due = await this.dataSource
      .getRepository(WorkOrderState)
      .createQueryBuilder('w')
      .select('w.id', 'id')
      .where('w.status = :status', { status: 'unsatisfied' })
      .andWhere(`(w.state->'callback'->'appealWindow'->>'due')::timestamptz <= :now`, { now })
      .orderBy('w.updated_at', 'ASC')
      .limit(BATCH)
      .getRawMany<{ id: string }>();
    const closed: string[] = [];
    for (const { id } of due) {
      try {
        await this.step.run(id, { event: 'close-unsatisfied' }, CLOSE_UNSATISFIED_ACTOR, async () => undefined, now);
        closed.push(id);
      } catch (error) {
        const status = (error as { httpStatus?: number }).httpStatus ?? (error as { status?: number }).status;
        // 409: appealed or closed meanwhile; 422: the window runs on after all (e.g. a notice loaded since).
        if (status !== 409 && status !== 422) this.logger.warn(`could not close unsatisfied work order ${id}: ${(error as Error).message}`);
      }
    }
    if (closed.length > 0) this.logger.log(`closed ${closed.length} unsatisfied work order(s) after the appeal window (R20.3)`);
    return closed;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.runOnce(this.clock.now())
      .catch((error: unknown) => this.logger.warn(`close-unsatisfied sweep failed: ${(error as Error).message}`))
      .finally(() => (this.running = undefined));
  }
}
