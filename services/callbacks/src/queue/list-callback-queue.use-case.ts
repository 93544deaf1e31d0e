import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@hotline/calendar';
import { Actor, CallbackDueView, CallbackQueueFilters, decodePageCursor, encodePageCursor } from '@hotline/contracts';
import { callbackDue, finishedAs, finishedAt, isOverdue, toWindowView, WorkOrder } from '@hotline/domain';
import { keysetPage } from '@hotline/persistence';
import { Clock } from '@hotline/platform';
import { CallbacksConfig } from '../config/callbacks.config';
import { CallbackQueueRepository } from './callback-queue.repository';

const DEFAULT_LIMIT = 50;

export class ListCallbackQueueCommand {
  constructor(
    readonly viewer: Actor,
    readonly filters: CallbackQueueFilters,
  ) {}
}

/**
 * R20.1 全面回访: every finished work order awaiting its callback, done after handling or closed online, soonest
 * due first. Callbacks owns these states, so its copies are the record.
 */
@Injectable()
export class ListCallbackQueueUseCase {
  constructor(
    private readonly queue: CallbackQueueRepository,
    private readonly calendar: WorkingCalendar,
    private readonly clock: Clock,
    private readonly config: CallbacksConfig,
  ) {}

  async execute({ filters }: ListCallbackQueueCommand): Promise<{ items: CallbackDueView[]; nextCursor?: string }> {
    const { rows, ...next } = await keysetPage(
      filters.limit ?? DEFAULT_LIMIT,
      (take) => this.queue.listAwaitingCallback(take, filters.cursor ? decodePageCursor(filters.cursor) : undefined),
      (last) => encodePageCursor({ at: last.updatedAt, id: last.id }),
    );
    const now = this.clock.now();
    const items = rows
      .map((row) => this.viewOf(row.order, now))
      .filter((item): item is CallbackDueView => item !== undefined);
    return { items, ...next };
  }

  private viewOf(order: WorkOrder, now: Date): CallbackDueView | undefined {
    const finished = finishedAt(order);
    const due = callbackDue(order, this.config.HOTLINE_CALLBACK_DUE_WORKING_DAYS, this.calendar.rules());
    if (!finished || !due) return undefined;
    return {
      workOrderId: order.id,
      status: order.status,
      type: order.type,
      channel: order.channel,
      finishedAs: finishedAs(order),
      finishedAt: finished.toISOString(),
      ...(order.assignment ? { leadUnitId: order.assignment.leadUnitId } : {}),
      callbackDue: toWindowView(due),
      overdue: isOverdue(due, now),
    };
  }
}
