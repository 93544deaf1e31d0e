import { Injectable } from '@nestjs/common';
import { dueSoonAt, WatchedDeadlineKind, WatchedPeriod, WorkOrder, watchedDeadlineOf } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { SupervisionConfig } from '../supervision.config';
import { WatchedDeadlinesRepository } from './watched-deadlines.repository';

/**
 * Keeps the watch's row of a work order on the deadline its newest snapshot runs against (none: it stops), and of a
 * branch order on the branch's due time while it is open (R10.2).
 */
@Injectable()
export class WorkOrderDeadlines {
  constructor(
    private readonly deadlines: WatchedDeadlinesRepository,
    private readonly config: SupervisionConfig,
  ) {}

  async follow(manager: EntityManager, order: WorkOrder): Promise<void> {
    const running = watchedDeadlineOf(order);
    await this.watch(manager, order.id, running?.kind ?? 'handling', running);
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
