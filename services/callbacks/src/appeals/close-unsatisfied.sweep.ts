import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@hotline/contracts';
import { Clock, DeadlineSweep, DeadlineSweepPlan } from '@hotline/platform';
import { DataSource } from 'typeorm';
import { TakeCallbackStep } from '../callbacks/take-callback-step';
import { CallbacksConfig } from '../config/callbacks.config';

export const CLOSE_UNSATISFIED_ACTOR: Actor = Object.freeze({ kind: 'system', id: 'close-unsatisfied-sweep' });

/**
 * R20.3 an unsatisfied result nobody appealed within the window is closed, counted as unsatisfied (the domain
 * refuses it before the window ends). Runs every HOTLINE_UNSATISFIED_SWEEP_MS (default 60 s, 0 = off).
 */
@Injectable()
export class CloseUnsatisfiedSweep extends DeadlineSweep {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly step: TakeCallbackStep,
    clock: Clock,
    config: CallbacksConfig,
  ) {
    super(dataSource, clock, config.HOTLINE_UNSATISFIED_SWEEP_MS);
  }

  protected plan(): DeadlineSweepPlan {
    return {
      name: 'close-unsatisfied',
      status: 'unsatisfied',
      duePath: ['callback', 'appealWindow', 'due'],
      take: (id, now) =>
        this.step.run(id, { event: 'close-unsatisfied' }, CLOSE_UNSATISFIED_ACTOR, async () => undefined, now),
      done: (count) => `closed ${count} unsatisfied work order(s) after the appeal window (R20.3)`,
    };
  }
}
