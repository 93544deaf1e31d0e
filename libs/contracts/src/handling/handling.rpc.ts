import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TimeLimitPolicy, WORK_ORDER_STATUSES, WorkOrderStatus } from '@hotline/domain';
import { JSONSchema } from 'class-validator-jsonschema';
import { Actor } from '../events/event-envelope';
import { DecisionBody, IsRequestId, WorkOrderActionMessage } from '../work-orders/work-order-action.message';
import { defineRpc } from '../rpc/rpc-definition';
import { WorkOrderView } from '../work-orders/work-order-view';
import { RaiseDifficultyRpc } from './raise-difficulty.rpc';
import { RequestAppealMessage } from '../callbacks/callbacks.rpc';

// Bodies of api.md. Presence and types are checked here (400 naming the field); the regulation's rules
// (a blank reason, a plan without a date, a sixth working day) are the domain's (422 naming the requirement).

/** POST /api/v1/work-orders/{id}/returns (R16.2) */
export class RequestReturnBody {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  basis: string;
}

const EXTENSION_MAX = TimeLimitPolicy.regulation().get('extension-max').value;

/**
 * POST /api/v1/work-orders/{id}/extensions (R17.2). More than the regulation's 5 working days is a rule's refusal, the
 * domain's 422 naming R17.2 (as is more than a shorter configured limit); the 30 here only bounds the input.
 */
export class RequestExtensionBody {
  @IsInt()
  @Min(1)
  @Max(30)
  @JSONSchema({
    maximum: EXTENSION_MAX,
    description: `R17.2: at most ${EXTENSION_MAX} working days (or the shorter configured limit); more is 422 naming R17.2`,
  })
  workingDays: number;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

/** POST …/extensions/{eid}/decision (R17.2) */
export class DecideExtensionBody extends DecisionBody {}

export const REPLY_OUTCOMES = ['solved', 'plan', 'not-possible'] as const;
export type ReplyOutcome = (typeof REPLY_OUTCOMES)[number];

/** POST /api/v1/work-orders/{id}/replies (R18.1, R18.2) */
export class SubmitReplyBody {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  handledBy: string;

  @IsISO8601({ strict: true })
  handledAt: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  process: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  result: string;

  @IsBoolean()
  callerContacted: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  contactMethod?: string;

  @IsIn(REPLY_OUTCOMES)
  outcome: ReplyOutcome;

  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  plan?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'planDate must be a date YYYY-MM-DD' })
  planDate?: string;

  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  explanation?: string;
}

/** POST …/extensions/{eid}/caller-informed (R17.2); not in the future nor before the approval is the domain's rule. */
export class CallerInformedBody {
  @IsISO8601({ strict: true })
  informedAt: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  method: string;
}

/** POST …/replies/{rid}/review (R19.1) */
export class ReviewReplyBody {
  @IsBoolean()
  pass: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class RequestReturnMessage extends WorkOrderActionMessage {
  @ValidateNested()
  @Type(() => RequestReturnBody)
  body: RequestReturnBody;
}

export class RequestExtensionMessage extends WorkOrderActionMessage {
  @ValidateNested()
  @Type(() => RequestExtensionBody)
  body: RequestExtensionBody;
}

export class DecideExtensionMessage extends WorkOrderActionMessage {
  @IsRequestId()
  extensionId: string;

  @ValidateNested()
  @Type(() => DecideExtensionBody)
  body: DecideExtensionBody;
}

export class CallerInformedMessage extends WorkOrderActionMessage {
  @IsRequestId()
  extensionId: string;

  @ValidateNested()
  @Type(() => CallerInformedBody)
  body: CallerInformedBody;
}

export class SubmitReplyMessage extends WorkOrderActionMessage {
  @ValidateNested()
  @Type(() => SubmitReplyBody)
  body: SubmitReplyBody;
}

export class ReviewReplyMessage extends WorkOrderActionMessage {
  @IsRequestId()
  replyId: string;

  @ValidateNested()
  @Type(() => ReviewReplyBody)
  body: ReviewReplyBody;
}

/**
 * What a request that starts a review answers (201): the id of the request and the work order.
 * Return, extension and reply ids are `<work order id>:<version the request created>`, so every service
 * derives them from the step event alone. A co unit's reply is a contribution with an id of its own.
 */
export interface HandlingRequestCreated {
  id: string;
  kind: 'return' | 'extension' | 'reply' | 'contribution';
  workOrder: WorkOrderView;
}

export interface CoUnitContributionView {
  id: string;
  workOrderId: string;
  unitId: string;
  submittedBy: string;
  submittedAt: string;
  handledBy: string;
  handledAt: string;
  process: string;
  result: string;
  callerContacted: boolean;
  contactMethod?: string;
  outcome: ReplyOutcome;
  plan?: string;
  planDate?: string;
  explanation?: string;
}

/** A unit's work order as it shows in the unit's task list. */
export interface UnitTaskView {
  workOrderId: string;
  role: 'lead' | 'co';
  status: string;
  version: number;
  workOrder: WorkOrderView;
}

/** GET /api/v1/units/me/tasks */
export class UnitTaskFilters {
  /** only the work orders in this status */
  @IsOptional()
  @IsIn(WORK_ORDER_STATUSES)
  status?: WorkOrderStatus;
}

export class ListUnitTasksQuery extends UnitTaskFilters {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;
}

export const HandlingRpc = {
  /** R20.3 the appeal of a result that sent the order back for re-handling, which handling holds then */
  requestAppeal: defineRpc<RequestAppealMessage, { id: string; workOrder: WorkOrderView }>(
    'handling',
    'work-orders.request-appeal',
  ),
  sign: defineRpc<WorkOrderActionMessage, WorkOrderView>('handling', 'work-orders.sign'),
  requestReturn: defineRpc<RequestReturnMessage, HandlingRequestCreated>('handling', 'work-orders.request-return'),
  requestExtension: defineRpc<RequestExtensionMessage, HandlingRequestCreated>(
    'handling',
    'work-orders.request-extension',
  ),
  decideExtension: defineRpc<DecideExtensionMessage, WorkOrderView>('handling', 'work-orders.decide-extension'),
  callerInformed: defineRpc<CallerInformedMessage, WorkOrderView>('handling', 'work-orders.extension-caller-informed'),
  submitReply: defineRpc<SubmitReplyMessage, HandlingRequestCreated>('handling', 'work-orders.submit-reply'),
  reviewReply: defineRpc<ReviewReplyMessage, WorkOrderView>('handling', 'work-orders.review-reply'),
  raiseDifficulty: RaiseDifficultyRpc,
  contributions: defineRpc<WorkOrderActionMessage, { items: CoUnitContributionView[] }>(
    'handling',
    'work-orders.contributions',
  ),
  unitTasks: defineRpc<ListUnitTasksQuery, { items: UnitTaskView[] }>('handling', 'units.tasks'),
};
