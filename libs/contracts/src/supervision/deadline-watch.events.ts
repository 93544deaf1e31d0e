import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { WATCHED_DEADLINE_KINDS, WatchedDeadlineKind } from '@hotline/domain';
import { defineEvent } from '../events/event-definition';

/**
 * A deadline the watch announces, once: a work order's signing, handling, re-handling or call back (1 working day),
 * or a supervision case's limit (then `caseId` and every work order it links).
 */
export class WorkOrderDeadlinePayload {
  @IsUUID()
  workOrderId: string;

  @IsIn(WATCHED_DEADLINE_KINDS)
  kind: WatchedDeadlineKind;

  /** when the period began */
  @IsISO8601({ strict: true })
  from: string;

  @IsISO8601({ strict: true })
  due: string;

  @IsOptional()
  @IsUUID()
  caseId?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true })
  workOrderIds?: string[];
}

/** A share of the limit (75 % by default, `HOTLINE_DUE_SOON_SHARE`) has passed and it still runs. */
export const WorkOrderDueSoon = defineEvent('workorder', 'due-soon', 1, WorkOrderDeadlinePayload);
/** The limit passed while it still ran: trigger 1 for handling and re-handling, a case goes overdue (R23.1, R23.3). */
export const WorkOrderOverdue = defineEvent('workorder', 'overdue', 1, WorkOrderDeadlinePayload);
