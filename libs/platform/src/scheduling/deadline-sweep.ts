import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkOrderState } from '@hotline/persistence';
import { Clock } from '../clock/clock';
import { IntervalJob } from './interval-job';

const BATCH = 500;

/** What a sweep looks for and what it does with each work order it finds. */
export interface DeadlineSweepPlan {
  /** in logs: 'deem-signed', 'close-unsatisfied' */
  name: string;
  /** the state the work orders wait in */
  status: string;
  /** where the deadline stands in the work order's JSON, e.g. ['deadlines', 'sign', 'due'] */
  duePath: readonly string[];
  /** the system's step for one work order */
  take(workOrderId: string, now: Date): Promise<unknown>;
  /** the log line after a run that took `count` steps */
  done(count: number): string;
}

/**
 * Takes the system's step on every work order in `status` whose deadline at `duePath` passed, every `everyMs` (0 or
 * less: never) at the clock's time, in batches of the oldest first. Replicas may sweep together: the
 * row lock lets one take the step and the other gets 409, which is skipped, like a 422 for a deadline that moved
 * meanwhile (a holiday notice loaded since).
 */
export abstract class DeadlineSweep extends IntervalJob {
  private readonly sweepLogger = new Logger(this.constructor.name);

  protected constructor(
    private readonly dataSource: DataSource,
    clock: Clock,
    everyMs: number,
  ) {
    super(clock, everyMs);
  }

  protected abstract plan(): DeadlineSweepPlan;

  protected async run(now: Date): Promise<string | undefined> {
    const taken = await this.runOnce(now);
    return taken.length > 0 ? this.plan().done(taken.length) : undefined;
  }

  /** Takes the step on every work order whose deadline passed before `now`; answers their ids. */
  async runOnce(now: Date): Promise<string[]> {
    const plan = this.plan();
    const due = await this.dataSource
      .getRepository(WorkOrderState)
      .createQueryBuilder('w')
      .select('w.id', 'id')
      .where('w.status = :status', { status: plan.status })
      .andWhere('(w.state #>> CAST(:path AS text[]))::timestamptz <= :now', { path: [...plan.duePath], now })
      .orderBy('w.updated_at', 'ASC')
      .limit(BATCH)
      .getRawMany<{ id: string }>();
    const taken: string[] = [];
    for (const { id } of due) {
      try {
        await plan.take(id, now);
        taken.push(id);
      } catch (error) {
        const status = (error as { httpStatus?: number }).httpStatus ?? (error as { status?: number }).status;
        if (status !== 409 && status !== 422)
          this.sweepLogger.warn(
            `${plan.name}: could not take the step on work order ${id}: ${(error as Error).message}`,
          );
      }
    }
    return taken;
  }
}
