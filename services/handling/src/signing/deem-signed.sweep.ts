import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@hotline/contracts';
import { Clock, DeadlineSweep, DeadlineSweepPlan } from '@hotline/platform';
import { DataSource } from 'typeorm';
import { HandlingConfig } from '../handling.config';
import { HandlingSteps } from '../work-orders/handling-steps';

export const DEEM_SIGNED_ACTOR: Actor = Object.freeze({ kind: 'system', id: 'deem-signed-sweep' });

/**
 * R16.1/R16.2 视为签收: a dispatched work order not signed within its limit is signed by the system at the
 * end of the limit (the domain dates it there). Runs every HOTLINE_DEEM_SIGNED_SWEEP_MS (default 60 s, 0 = off).
 */
@Injectable()
export class DeemSignedSweep extends DeadlineSweep {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly steps: HandlingSteps,
    clock: Clock,
    config: HandlingConfig,
  ) {
    super(dataSource, clock, config.HOTLINE_DEEM_SIGNED_SWEEP_MS);
  }

  protected plan(): DeadlineSweepPlan {
    return {
      name: 'deem-signed',
      status: 'dispatched',
      duePath: ['deadlines', 'sign', 'due'],
      take: (id, now) => this.steps.take(DEEM_SIGNED_ACTOR, id, { event: 'deem-signed' }, now),
      done: (count) => `deemed ${count} work order(s) signed (R16.1)`,
    };
  }
}
