import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkingCalendar } from '@hotline/calendar';
import { CallbackDueView, ListCallbackQueueQuery } from '@hotline/contracts';
import { AWAITING_CALLBACK_STATUSES, callbackDue, finishedAt, isOverdue, toWindowView, WorkOrder, workOrderFromJson } from '@hotline/domain';
import { Clock } from '@hotline/platform';
import { WorkOrderState } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { CallbacksConfig } from '../config/callbacks.config';

const DEFAULT_LIMIT = 50;

/**
 * R20.1 全面回访: every finished work order awaiting its callback, done after handling or closed online, soonest
 * due first. Callbacks owns these states, so its copies are the record. A copy's `updated_at` is when the step
 * that finished it happened, so ordering by it orders by the due date.
 */
@Injectable()
export class ListCallbackQueueUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: WorkingCalendar,
    private readonly clock: Clock,
    private readonly config: CallbacksConfig,
  ) {}

  async execute({ filters }: ListCallbackQueueQuery): Promise<{ items: CallbackDueView[]; nextCursor?: string }> {
    const limit = filters.limit ?? DEFAULT_LIMIT;
    const query = this.dataSource
      .getRepository(WorkOrderState)
      .createQueryBuilder('w')
      .where('w.status IN (:...statuses)', { statuses: [...AWAITING_CALLBACK_STATUSES] })
      .orderBy('w.updated_at', 'ASC')
      .addOrderBy('w.id', 'ASC')
      .limit(limit + 1);
    if (filters.cursor) {
      const { after, id } = decodeCursor(filters.cursor);
      query.andWhere('(w.updated_at, w.id) > (:after, :id)', { after, id });
    }
    const rows = await query.getMany();
    const page = rows.slice(0, limit);
    const now = this.clock.now();
    const items = page.map((row) => this.viewOf(workOrderFromJson(row.state), now)).filter((item): item is CallbackDueView => item !== undefined);
    const last = page[page.length - 1];
    return { items, ...(rows.length > limit && last ? { nextCursor: encodeCursor(last.updatedAt, last.id) } : {}) };
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
      finishedAs: order.status === 'completed' ? 'handled' : order.onlineClosure?.via === 'callback' ? 'answered-by-call-back' : 'closed-online',
      finishedAt: finished.toISOString(),
      ...(order.assignment ? { leadUnitId: order.assignment.leadUnitId } : {}),
      callbackDue: toWindowView(due),
      overdue: isOverdue(due, now),
    };
  }
}

function encodeCursor(after: Date, id: string): string {
  return Buffer.from(`${after.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { after: Date; id: string } {
  const [after, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(after ?? '');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(at.getTime())) {
    throw new BadRequestException({ message: 'cursor must be the nextCursor of a previous page', details: { field: 'cursor' } });
  }
  return { after: at, id };
}
