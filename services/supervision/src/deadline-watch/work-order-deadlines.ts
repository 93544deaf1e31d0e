import { Injectable } from '@nestjs/common';
import { dueSoonAt, WorkOrder, watchedDeadlineOf } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { SupervisionConfig } from '../supervision.config';
import { WatchedDeadlinesRepository } from './watched-deadlines.repository';

/** Keeps the watch's row of a work order on the deadline its newest snapshot runs against (none: it stops). */
@Injectable()
export class WorkOrderDeadlines {
  constructor(
    private readonly deadlines: WatchedDeadlinesRepository,
    private readonly config: SupervisionConfig,
  ) {}

  async follow(manager: EntityManager, order: WorkOrder): Promise<void> {
    const running = watchedDeadlineOf(order);
    if (!running) {
      await this.deadlines.stop(manager, order.id);
      return;
    }
    await this.deadlines.keep(manager, {
      subjectId: order.id,
      subject: 'work-order',
      workOrderId: order.id,
      caseId: null,
      kind: running.kind,
      startsAt: running.from,
      due: running.due,
      soonAt: dueSoonAt(running, this.config.HOTLINE_DUE_SOON_SHARE),
    });
  }
}
