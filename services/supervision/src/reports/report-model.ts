import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@hotline/calendar';
import { foldReportModel, MS_PER_DAY, monthOfInstant, type WorkingTime } from '@hotline/domain';
import { Clock } from '@hotline/platform';
import { EntityManager } from 'typeorm';
import { SupervisionConfig } from '../supervision.config';
import { FrozenMonthsRepository } from './frozen-months.repository';
import { ReportModelRepository, ReportTimeline } from './report-model.repository';

/**
 * R24.1 keeps the analytics model of every work order supervision follows: after each event (in its transaction) the
 * order's timeline is folded again into its state changes and facts, so events that arrive in any order, twice or
 * late give the same rows as a rebuild. Orders are folded one at a time (a transaction lock per order): an event
 * handled at the same moment on another subject is then always in the fold of the later one.
 */
@Injectable()
export class ReportModel {
  constructor(
    private readonly rows: ReportModelRepository,
    private readonly frozen: FrozenMonthsRepository,
    private readonly calendar: WorkingCalendar,
    private readonly clock: Clock,
    private readonly config: SupervisionConfig,
  ) {}

  /** Working days between two instants by the working-day calendar, or null outside the years it covers. */
  readonly workingTime: WorkingTime = (from, to) => {
    try {
      return this.calendar.current.remainingWorkingTime(to, from).workingMillisecondsLeft / MS_PER_DAY;
    } catch {
      return null;
    }
  };

  async afterEvent(
    manager: EntityManager,
    workOrderId: string,
    event: { id: string; type: string; occurredAt: string },
  ): Promise<void> {
    if (this.config.HOTLINE_REPORT_MODEL === 'off') return;
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`report:${workOrderId}`]);
    const timelines = await this.rows.timelines(manager, [workOrderId]);
    const models = this.fold(timelines);
    await this.rows.replace(manager, models);
    const at = new Date(event.occurredAt);
    if (await this.frozen.isFrozen(manager, monthOfInstant(at))) {
      const change = models[0]?.changes.find((row) => row.eventId === event.id);
      await this.rows.addCorrection(manager, {
        month: monthOfInstant(at),
        eventId: event.id,
        workOrderId,
        step: change?.step ?? event.type.split('.').pop() ?? event.type,
        unitId: change?.unitId ?? null,
        at,
        arrivedAt: this.clock.now(),
      });
    }
  }

  fold(timelines: readonly ReportTimeline[]) {
    return timelines.map((timeline) =>
      foldReportModel(timeline.workOrderId, timeline.origin, timeline.steps, this.workingTime),
    );
  }
}
