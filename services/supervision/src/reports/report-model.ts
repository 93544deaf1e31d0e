import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@hotline/calendar';
import { foldReportModel, MS_PER_DAY, monthOfInstant, type ReportStateChange, type WorkingTime } from '@hotline/domain';
import { Transactions } from '@hotline/persistence';
import { Clock } from '@hotline/platform';
import { EntityManager } from 'typeorm';
import { SupervisionConfig } from '../supervision.config';
import { FrozenMonthsRepository } from './frozen-months.repository';
import { ReportPendingEvent } from './report-pending-event.entity';
import { ReportPendingEventsRepository } from './report-pending-events.repository';
import { ReportModelRepository, ReportTimeline } from './report-model.repository';

/** How many pending events one fold takes: their orders are read, folded and written in one transaction. */
export const FOLD_BATCH = 500;

/**
 * R24.1 keeps the analytics model of every work order supervision follows. An event only leaves a pending row in its
 * own transaction; the folder then folds the orders of a batch of pending events again from their timelines, so
 * events that arrive in any order, twice or late give the same rows as a rebuild, and an order with several steps in
 * the batch is folded once. Whatever reads the model folds what is pending first (`catchUp`).
 */
@Injectable()
export class ReportModel {
  constructor(
    private readonly rows: ReportModelRepository,
    private readonly pending: ReportPendingEventsRepository,
    private readonly frozen: FrozenMonthsRepository,
    private readonly transactions: Transactions,
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
    await this.pending.add(manager, {
      eventId: event.id,
      workOrderId,
      eventType: event.type,
      occurredAt: new Date(event.occurredAt),
      arrivedAt: this.clock.now(),
    });
  }

  /** Folds everything pending, so that what is read next counts every event taken in so far. */
  async catchUp(): Promise<void> {
    while ((await this.foldPending()) === FOLD_BATCH);
  }

  /** Folds the orders of up to FOLD_BATCH pending events; answers how many events it took. */
  foldPending(): Promise<number> {
    return this.transactions.run(async (manager) => {
      await this.pending.lockFolding(manager);
      const events = await this.pending.some(manager, FOLD_BATCH);
      if (events.length === 0) return 0;
      const workOrderIds = [...new Set(events.map((event) => event.workOrderId))];
      const models = this.fold(await this.rows.timelines(manager, workOrderIds));
      await this.rows.replace(manager, models);
      await this.noteLateSteps(
        manager,
        events,
        models.flatMap((model) => model.changes),
      );
      await this.pending.remove(
        manager,
        events.map((event) => event.eventId),
      );
      return events.length;
    });
  }

  /** A rebuild's page: folded under the same lock as the live batches. */
  async refold(manager: EntityManager, workOrderIds: readonly string[]): Promise<void> {
    await this.pending.lockFolding(manager);
    await this.rows.replace(manager, this.fold(await this.rows.timelines(manager, workOrderIds)));
  }

  fold(timelines: readonly ReportTimeline[]) {
    return timelines.map((timeline) =>
      foldReportModel(timeline.workOrderId, timeline.origin, timeline.steps, this.workingTime),
    );
  }

  /** R24.1 a step of a month already frozen is a correction noted beside its figures, which stay as published. */
  private async noteLateSteps(
    manager: EntityManager,
    events: readonly ReportPendingEvent[],
    changes: readonly ReportStateChange[],
  ): Promise<void> {
    const frozen = await this.frozen.frozenAmong(manager, [
      ...new Set(events.map((event) => monthOfInstant(event.occurredAt))),
    ]);
    if (frozen.size === 0) return;
    const changeOf = new Map(changes.map((change) => [change.eventId, change]));
    await this.frozen.addCorrections(
      manager,
      events
        .filter((event) => frozen.has(monthOfInstant(event.occurredAt)))
        .map((event) => ({
          month: monthOfInstant(event.occurredAt),
          eventId: event.eventId,
          workOrderId: event.workOrderId,
          step: changeOf.get(event.eventId)?.step ?? event.eventType.split('.').pop() ?? event.eventType,
          unitId: changeOf.get(event.eventId)?.unitId ?? null,
          at: event.occurredAt,
          arrivedAt: event.arrivedAt,
        })),
    );
  }
}
