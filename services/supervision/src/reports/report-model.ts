import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@hotline/calendar';
import { WorkOrderCreated } from '@hotline/contracts';
import { foldReportModel, MS_PER_DAY, monthOfInstant, type ReportStateChange, type WorkingTime } from '@hotline/domain';
import { Transactions } from '@hotline/persistence';
import { Clock } from '@hotline/platform';
import { EntityManager } from 'typeorm';
import { SupervisionConfig } from '../supervision.config';
import { FrozenMonthsRepository } from './frozen-months.repository';
import { ReportFoldCursorRepository, UnfoldedEvent } from './report-fold-cursor.repository';
import { FoldedBefore, ReportModelRepository, ReportTimeline } from './report-model.repository';

/** How many events one fold takes at most: their orders are read, folded and written in one transaction. */
const FOLD_BATCH = 500;

/**
 * R24.1 keeps the analytics model of every work order supervision follows, after the events' transactions: the
 * folder takes the timeline entries written since its cursor (ReportFoldCursorRepository) and folds their orders
 * again from their timelines, so events that arrive in any order, twice or late give the same rows as a rebuild, and
 * an order with several steps in a batch is folded once. Whatever reads the model folds what is waiting first
 * (`catchUp`).
 */
@Injectable()
export class ReportModel {
  constructor(
    private readonly rows: ReportModelRepository,
    private readonly cursor: ReportFoldCursorRepository,
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

  /** Folds every event supervision has taken in so far, so that what is read next counts them all. */
  catchUp(): Promise<void> {
    return this.foldFromCursor(false);
  }

  /**
   * The periodic fold: the events of transactions that have all ended. While an older transaction still runs, later
   * events wait for it (or for a read's catch-up) rather than being folded again on every round.
   */
  foldSettled(): Promise<void> {
    return this.foldFromCursor(true);
  }

  private async foldFromCursor(settledOnly: boolean): Promise<void> {
    if (this.config.HOTLINE_REPORT_MODEL === 'off') return;
    let resumeAt: bigint | undefined;
    for (;;) {
      const batch = await this.foldBatch(settledOnly, resumeAt);
      if (batch.complete) return;
      resumeAt = batch.resumeAt;
    }
  }

  /** Folds the orders of up to FOLD_BATCH events from the cursor (or from `resumeAt`), and moves the cursor. */
  private foldBatch(settledOnly: boolean, resumeAt?: bigint): Promise<{ complete: boolean; resumeAt: bigint }> {
    return this.transactions.run(async (manager) => {
      await this.cursor.lockFolding(manager);
      const batch = await this.cursor.nextBatch(manager, FOLD_BATCH, settledOnly, resumeAt);
      if (batch.events.length > 0) {
        const workOrderIds = [...new Set(batch.events.map((event) => event.workOrderId))];
        const models = this.fold(await this.rows.timelines(manager, workOrderIds));
        const before = await this.rows.replace(manager, models);
        await this.noteLateSteps(
          manager,
          batch.events,
          models.flatMap((model) => model.changes),
          before,
        );
      }
      await this.cursor.advance(manager, batch.cursor);
      return batch;
    });
  }

  /** A rebuild's page: folded under the same lock as the live batches. */
  async refold(manager: EntityManager, workOrderIds: readonly string[]): Promise<void> {
    await this.cursor.lockFolding(manager);
    await this.rows.replace(manager, this.fold(await this.rows.timelines(manager, workOrderIds)));
  }

  fold(timelines: readonly ReportTimeline[]) {
    return timelines.map((timeline) =>
      foldReportModel(timeline.workOrderId, timeline.origin, timeline.steps, this.workingTime),
    );
  }

  /**
   * R24.1 a step of a month already frozen, folded for the first time (a new state change, or the order's creation),
   * is a correction noted beside its figures, which stay as published. An entry folded again (a batch may take it
   * twice) is not new.
   */
  private async noteLateSteps(
    manager: EntityManager,
    events: readonly UnfoldedEvent[],
    changes: readonly ReportStateChange[],
    before: FoldedBefore,
  ): Promise<void> {
    const changeOf = new Map(changes.map((change) => [change.eventId, change]));
    const firstFolded = events.filter((event) =>
      changeOf.has(event.eventId)
        ? !before.eventIds.has(event.eventId)
        : event.type === WorkOrderCreated.type && !before.originsOf.has(event.workOrderId),
    );
    const frozen = await this.frozen.frozenAmong(manager, [
      ...new Set(firstFolded.map((event) => monthOfInstant(event.occurredAt))),
    ]);
    if (frozen.size === 0) return;
    await this.frozen.addCorrections(
      manager,
      firstFolded
        .filter((event) => frozen.has(monthOfInstant(event.occurredAt)))
        .map((event) => ({
          month: monthOfInstant(event.occurredAt),
          eventId: event.eventId,
          workOrderId: event.workOrderId,
          step: changeOf.get(event.eventId)?.step ?? 'created',
          unitId: changeOf.get(event.eventId)?.unitId ?? null,
          at: event.occurredAt,
          arrivedAt: this.clock.now(),
        })),
    );
  }
}
