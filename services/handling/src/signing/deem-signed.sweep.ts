import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@hotline/contracts';
import { Clock } from '@hotline/messaging';
import { WorkOrderState } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { HandlingSteps } from '../work-orders/handling-steps';

export const DEEM_SIGNED_ACTOR: Actor = Object.freeze({ kind: 'system', id: 'deem-signed-sweep' }) as Actor;
const BATCH = 500;

/**
 * R16.1/R16.2 视为签收: a dispatched work order not signed within its limit is signed by the system at the
 * end of the limit (the domain dates it there). Runs every HOTLINE_DEEM_SIGNED_SWEEP_MS (default 60 s, 0 = off).
 * Replicas may sweep together: the row lock lets one take the step and the other gets 409, which is skipped.
 */
@Injectable()
export class DeemSignedSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeemSignedSweep.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly steps: HandlingSteps,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const every = Number(process.env['HOTLINE_DEEM_SIGNED_SWEEP_MS'] ?? 60_000);
    if (!Number.isFinite(every) || every <= 0) return;
    this.timer = setInterval(() => this.tick(), every);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Deems signed every dispatched work order whose sign limit ended before `now`; answers their ids. */
  async runOnce(now: Date): Promise<string[]> {
    const due = await this.dataSource
      .getRepository(WorkOrderState)
      .createQueryBuilder('w')
      .select('w.id', 'id')
      .where('w.status = :status', { status: 'dispatched' })
      .andWhere(`(w.state->'deadlines'->'sign'->>'due')::timestamptz <= :now`, { now })
      .orderBy('w.updated_at', 'ASC')
      .limit(BATCH)
      .getRawMany<{ id: string }>();
    const deemed: string[] = [];
    for (const { id } of due) {
      try {
        await this.steps.take(DEEM_SIGNED_ACTOR, id, { event: 'deem-signed' }, now);
        deemed.push(id);
      } catch (error) {
        const status = (error as { status?: number; httpStatus?: number }).httpStatus ?? (error as { status?: number }).status;
        // 409: signed or moved meanwhile; 422: not overdue after all (e.g. a notice loaded since). Both are fine.
        if (status !== 409 && status !== 422) this.logger.warn(`could not deem work order ${id} signed: ${(error as Error).message}`);
      }
    }
    if (deemed.length > 0) this.logger.log(`deemed ${deemed.length} work order(s) signed (R16.1)`);
    return deemed;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.runOnce(this.clock.now())
      .catch((error: unknown) => this.logger.warn(`deem-signed sweep failed: ${(error as Error).message}`))
      .finally(() => (this.running = undefined));
  }
}
