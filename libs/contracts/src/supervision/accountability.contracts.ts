import { ActorMessage } from '../events/actor-message';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsISO8601,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../events/event-definition';
import { defineRpc } from '../rpc/rpc-definition';
import { IsUnitCode } from '../dispatch/unit-code';
import type { CallerReadAnomalies } from '../intake/caller-read-anomalies.rpc';

export const ACCOUNTABILITY_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** GET /api/v1/accountability?unitId=&month= (R26.1): the evidence of one month, for one unit or every unit. */
export class AccountabilityFilters {
  @IsOptional()
  @IsUnitCode({ message: 'unitId must be a unit id such as xt-cgj' })
  unitId?: string;

  @Matches(ACCOUNTABILITY_MONTH_PATTERN, { message: 'month must be YYYY-MM' })
  month: string;
}

export class GetAccountabilityQuery {
  @ValidateNested()
  @Type(() => AccountabilityFilters)
  filters: AccountabilityFilters;
}

/** The Art. 26 items a supervisor records with evidence: (4) 服务态度生硬、作风粗暴…, (7) 滥用职权、玩忽职守、徇私舞弊…. */
export const RECORDED_ACCOUNTABILITY_ITEMS = [4, 7] as const;
export type RecordedAccountabilityItem = (typeof RECORDED_ACCOUNTABILITY_ITEMS)[number];

/** POST /api/v1/accountability: Art. 26(4)/(7) evidence about a unit, recorded by a supervisor. */
export class RecordAccountabilityBody {
  @IsUnitCode({ message: 'unitId must be a unit id such as xt-cgj' })
  unitId: string;

  @Type(() => Number)
  @IsInt()
  @IsIn(RECORDED_ACCOUNTABILITY_ITEMS)
  item: RecordedAccountabilityItem;

  /** the work order it concerns, if one */
  @IsOptional()
  @IsUUID()
  workOrderId?: string;

  /** when the conduct happened; the register lists it in that month (Beijing) */
  @IsISO8601({ strict: true })
  occurredAt: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description: string;

  /** what proves it: recordings, documents, statements (references or short descriptions) */
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  evidence: string[];
}

export class RecordAccountabilityMessage extends ActorMessage {
  @ValidateNested()
  @Type(() => RecordAccountabilityBody)
  body: RecordAccountabilityBody;
}

/** Art. 26(4)/(7) as recorded. */
export interface RecordedAccountabilityView {
  id: string;
  unitId: string;
  item: RecordedAccountabilityItem;
  workOrderId?: string;
  occurredAt: string;
  description: string;
  evidence: string[];
  recordedBy: string;
  recordedAt: string;
}

/** Art. 26(1): a return the unit asked for, refused after review (the order was within its duty). */
export interface RefusedReturnView {
  workOrderId: string;
  unitId: string;
  reason: string;
  basis: string;
  requestedAt: string;
  refusedAt: string;
  refusedBy: string;
  comment?: string;
}

/** Art. 26(2): a work order supervision did not get handled, with the case that supervised it. */
export interface UnhandledAfterSupervisionView {
  workOrderId: string;
  /** the order's lead unit now */
  unitId: string | null;
  workOrderStatus: string;
  caseId: string;
  caseStatus: string;
  trigger: number;
  openedAt: string;
  closedAt?: string;
}

/** Art. 26(3): what the reply claimed and the callback found (see replyContradictionsOf of @hotline/domain). */
export interface ReplyContradictionView {
  workOrderId: string;
  unitId: string;
  kinds: ('contact' | 'outcome')[];
  reply: { outcome: string; callerContacted: boolean; submittedAt: string };
  callback: { satisfaction: string; contacted: boolean; cause?: string; recordedAt: string };
}

/** Art. 26(6): a reminder (催办) sent to the unit that owns a stale knowledge article. */
export interface KnowledgeReminderView {
  id: string;
  articleId: string;
  unitId: string;
  title: string;
  reviewBy: string;
  daysOverdue: number;
  articleVersion: number;
  remindedAt: string;
}

/** A section of the register: its items (at most `ACCOUNTABILITY_SECTION_MAX`) and how many there are. */
export interface AccountabilitySection<T> {
  total: number;
  items: T[];
}

export const ACCOUNTABILITY_SECTION_MAX = 500;

export interface AccountabilityRegister {
  month: string;
  unitId?: string;
  /** Art. 26(1) 拒不接受: returns refused after review */
  refusedReturns: AccountabilitySection<RefusedReturnView>;
  /** Art. 26(2) 应办未办，经督办仍未办理: orders whose case ended (resolved or escalated) while they are still not handled */
  unhandledAfterSupervision: AccountabilitySection<UnhandledAfterSupervisionView>;
  /** Art. 26(3) 回复结果与实际处理情况不一致 */
  replyContradictions: AccountabilitySection<ReplyContradictionView>;
  /** Art. 26(4) recorded by a supervisor */
  serviceConduct: AccountabilitySection<RecordedAccountabilityView>;
  /** Art. 26(5) the caller-read audit, per unit (from intake); `available: false` when intake did not answer */
  callerReads: { available: boolean; units: CallerReadAnomalies[] };
  /** Art. 26(6) stale knowledge articles and the reminders sent for them */
  staleKnowledge: AccountabilitySection<KnowledgeReminderView>;
  /** Art. 26(7) recorded by a supervisor */
  otherMisconduct: AccountabilitySection<RecordedAccountabilityView>;
}

/** Art. 26(6) 催办: the owning unit is reminded that its published article is past its review date. */
export class KnowledgeReminderSentPayload {
  @IsUUID()
  reminderId: string;

  @IsString()
  articleId: string;

  @IsString()
  ownerUnitId: string;

  @IsString()
  title: string;

  @IsISO8601({ strict: true })
  reviewBy: string;

  @IsInt()
  daysOverdue: number;

  @IsInt()
  articleVersion: number;
}

export const KnowledgeReminderSent = defineEvent(
  'supervision',
  'knowledge-reminder-sent',
  1,
  KnowledgeReminderSentPayload,
);

export const AccountabilityRpc = {
  register: defineRpc<GetAccountabilityQuery, AccountabilityRegister>('supervision', 'accountability.register'),
  record: defineRpc<RecordAccountabilityMessage, RecordedAccountabilityView>('supervision', 'accountability.record'),
};
