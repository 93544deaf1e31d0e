import { Injectable } from '@nestjs/common';
import { dueSoonAt, WatchedDeadlineKind, WatchedPeriod, WorkOrder, watchedDeadlineOf } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { SupervisionConfig } from '../supervision.config';
import { WorkOrderListing } from '../work-orders/work-order-listing.entity';
import { WatchedDeadlinesRepository } from './watched-deadlines.repository';

/** The deadline a work order's snapshot runs against, as its listing row keeps it for the watch (none: not running). */
export type ListedDeadline = Required<
  Pick<WorkOrderListing, 'watchKind' | 'watchStartsAt' | 'watchDue' | 'watchSoonAt' | 'watchRunning'>
>;

/**
 * The deadline the newest snapshot of a work order runs against, for its listing row (none: the watch stops), and the
 * watch's row of a branch order on the branch's due time while it is open (R10.2).
 */
@Injectable()
export class WorkOrderDeadlines {
  constructor(
    private readonly deadlines: WatchedDeadlinesRepository,
    private readonly config: SupervisionConfig,
  ) {}

  listedOf(order: WorkOrder): ListedDeadline {
    const running = watchedDeadlineOf(order);
    if (!running) {
      return { watchKind: null, watchStartsAt: null, watchDue: null, watchSoonAt: null, watchRunning: false };
    }
    return {
      watchKind: running.kind,
      watchStartsAt: running.from,
      watchDue: running.due,
      watchSoonAt: dueSoonAt(running, this.config.HOTLINE_DUE_SOON_SHARE),
      watchRunning: true,
    };
  }

  /** R10.2 a branch order's due time is watched as a handling limit; closed or without one, the watch stops. */
  followBranchOrder(manager: EntityManager, id: string, running: WatchedPeriod | undefined): Promise<void> {
    return this.watch(manager, id, 'handling', running);
  }

  private async watch(
    manager: EntityManager,
    workOrderId: string,
    kind: WatchedDeadlineKind,
    running: WatchedPeriod | undefined,
  ): Promise<void> {
    if (!running) {
      await this.deadlines.stop(manager, workOrderId);
      return;
    }
    await this.deadlines.keep(manager, {
      subjectId: workOrderId,
      subject: 'work-order',
      workOrderId,
      caseId: null,
      kind,
      startsAt: running.from,
      due: running.due,
      soonAt: dueSoonAt(running, this.config.HOTLINE_DUE_SOON_SHARE),
    });
  }
}
