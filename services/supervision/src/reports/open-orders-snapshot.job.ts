import { Injectable } from '@nestjs/common';
import { beijingDayOf, dayToIsoDate, endOfBeijingDay } from '@hotline/domain';
import { Clock, IntervalJob } from '@hotline/platform';
import { SupervisionConfig } from '../supervision.config';
import { OpenOrdersSnapshotRepository } from './open-orders-snapshot.repository';
import { ReportModel } from './report-model';

/**
 * R24.1 once a day has ended (Beijing), the orders open at its end are written down for backlog and ageing; the job
 * looks every HOTLINE_REPORT_SNAPSHOT_MS, and a day already written is left as it is (replicas write it once).
 */
@Injectable()
export class OpenOrdersSnapshotJob extends IntervalJob {
  constructor(
    private readonly snapshots: OpenOrdersSnapshotRepository,
    private readonly model: ReportModel,
    clock: Clock,
    config: SupervisionConfig,
  ) {
    super(clock, config.HOTLINE_REPORT_SNAPSHOT_MS);
  }

  protected async run(now: Date): Promise<string | undefined> {
    const written = await this.snapshotDayBefore(now);
    return written > 0 ? `snapshotted ${written} open work order(s)` : undefined;
  }

  /** Writes the day before `now` (Beijing); answers how many rows were new. */
  async snapshotDayBefore(now: Date): Promise<number> {
    const day = beijingDayOf(now) - 1;
    await this.model.catchUp();
    return this.snapshots.snapshot(dayToIsoDate(day), endOfBeijingDay(day));
  }
}
