import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  MATTER_NATURES,
  MatterNature,
  SATISFACTION_LEVELS,
  SatisfactionLevel,
  UNSATISFIED_CAUSES,
  UnsatisfiedCause,
  WorkingDayWindowView,
} from '@hotline/domain';
import { Actor } from '../events/event-envelope';
import { defineRpc } from '../rpc/rpc-definition';
import { WorkOrderView } from '../work-orders/work-order-view';
import { DecisionBody, IsRequestId, WorkOrderActionMessage } from '../work-orders/work-order-action.message';
import { PageFilters } from '../paging/page-filters';

/** POST /api/v1/work-orders/{id}/callbacks (R20.1, R20.2). */
export class RecordCallbackBody {
  @IsIn(SATISFACTION_LEVELS)
  satisfaction: SatisfactionLevel;

  @IsBoolean()
  contacted: boolean;

  @IsOptional()
  @IsIn(UNSATISFIED_CAUSES)
  cause?: UnsatisfiedCause;

  /** R20.1 why the caller is unsatisfied, in the caller's terms: required with an unsatisfied result (422 without). */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  /** R20.3 the reviewer's classification of the matter: for mediation and law-enforcement, satisfaction is not the only measure. */
  @IsOptional()
  @IsIn(MATTER_NATURES)
  matterNature?: MatterNature;
}

/** POST /api/v1/work-orders/{id}/appeals (R20.3). */
export class RequestAppealBody {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  evidence: string;
}

/** POST /api/v1/work-orders/{id}/appeals/{aid}/decision (R20.3). */
export class AppealDecisionBody extends DecisionBody {}

export class RecordCallbackMessage extends WorkOrderActionMessage {
  @ValidateNested()
  @Type(() => RecordCallbackBody)
  body: RecordCallbackBody;
}

export class RequestAppealMessage extends WorkOrderActionMessage {
  @ValidateNested()
  @Type(() => RequestAppealBody)
  body: RequestAppealBody;
}

export class DecideAppealMessage extends WorkOrderActionMessage {
  @IsRequestId()
  appealId: string;

  @ValidateNested()
  @Type(() => AppealDecisionBody)
  body: AppealDecisionBody;
}

export interface AppealView {
  id: string;
  workOrderId: string;
  unitId: string;
  reason: string;
  evidence: string;
  requestedAt: string;
  decision: 'approved' | 'rejected' | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export const CALLBACK_QUEUE_STATUSES = ['due'] as const;

/** GET /api/v1/callbacks?status=due (R20.1): every finished work order awaiting its callback, soonest due first. */
export class CallbackQueueFilters extends PageFilters {
  @IsIn(CALLBACK_QUEUE_STATUSES)
  status: (typeof CALLBACK_QUEUE_STATUSES)[number];
}

export class ListCallbackQueueQuery {
  @ValidateNested()
  @Type(() => Actor)
  viewer: Actor;

  @ValidateNested()
  @Type(() => CallbackQueueFilters)
  filters: CallbackQueueFilters;
}

export interface CallbackDueView {
  workOrderId: string;
  status: string;
  type: string;
  channel: string;
  /** how it was finished: done after handling (R19.1), or answered online, on the spot or by call back (R15) */
  finishedAs: 'handled' | 'closed-online' | 'answered-by-call-back';
  finishedAt: string;
  leadUnitId?: string;
  /** the configured number of working days after it was finished */
  callbackDue: WorkingDayWindowView;
  overdue: boolean;
}

export const CallbacksRpc = {
  callbackQueue: defineRpc<ListCallbackQueueQuery, { items: CallbackDueView[]; nextCursor?: string }>(
    'callbacks',
    'callbacks.queue',
  ),
  recordCallback: defineRpc<RecordCallbackMessage, WorkOrderView>('callbacks', 'work-orders.record-callback'),
  requestAppeal: defineRpc<RequestAppealMessage, { id: string; workOrder: WorkOrderView }>(
    'callbacks',
    'work-orders.request-appeal',
  ),
  decideAppeal: defineRpc<DecideAppealMessage, WorkOrderView>('callbacks', 'work-orders.decide-appeal'),
};
