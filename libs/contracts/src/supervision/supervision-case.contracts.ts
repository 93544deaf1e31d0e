import { ActorMessage } from '../events/actor-message';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  SUPERVISION_CASE_STATUSES,
  SUPERVISION_METHODS,
  SupervisionCaseStatus,
  SupervisionMethod,
} from '@hotline/domain';
import { Actor } from '../events/event-envelope';
import { PageFilters } from '../paging/page-filters';
import { defineRpc } from '../rpc/rpc-definition';

/** Work orders a supervisor names on one case at most. */
export const CASE_WORK_ORDERS_MAX = 200;
const TEXT_MAX = 2000;

/** POST /api/v1/supervision-cases: the supervisor opens a case (R23.1), triggers 4–8 with their source named. */
export class OpenSupervisionCaseBody {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CASE_WORK_ORDERS_MAX)
  @IsUUID('all', { each: true })
  workOrderIds: string[];

  /** 1–8 of 第二十三条 (1–3 are also opened by the system itself) */
  @IsInt()
  @Min(1)
  @Max(8)
  trigger: number;

  @IsIn(SUPERVISION_METHODS)
  method: SupervisionMethod;

  /** who or what asked for it: needed for triggers 4–8 (e.g. 市政府办公室交办, 湘潭日报 2026-03-02 报道) */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  source?: string;

  /** the limit the supervisor sets: at most 5 working days by system, 10 by the other methods (422 beyond) */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  workingDays?: number;
}

/** POST …/{cid}/extensions: the unit applies once for at most 10 working days (422 beyond, or a second time). */
export class CaseExtensionBody {
  @IsInt()
  @Min(1)
  @Max(60)
  workingDays: number;

  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  reason: string;
}

/** POST …/{cid}/extensions/{xid}/decision */
export class CaseExtensionDecisionBody {
  @IsBoolean()
  approve: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  comment?: string;
}

/** POST …/{cid}/answers: the unit's answer (what it did, with the result). */
export class CaseAnswerBody {
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  answer: string;
}

/** POST …/{cid}/escalate: to 市人民政府督查室; within the limit only with a reason (R23.3). */
export class EscalateCaseBody {
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  reason?: string;
}

/** POST …/{cid}/close: the case's result. */
export class CloseCaseBody {
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  result: string;
}

/** GET /api/v1/supervision-cases: newest first, cursor paging; a unit sees its own cases only. */
export class SupervisionCaseFilters extends PageFilters {
  @IsOptional()
  @IsUUID()
  workOrderId?: string;

  @IsOptional()
  @IsIn(SUPERVISION_CASE_STATUSES)
  status?: SupervisionCaseStatus;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  unitId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(8)
  trigger?: number;
}

export class ListSupervisionCasesQuery {
  @ValidateNested()
  @Type(() => Actor)
  viewer: Actor;

  @ValidateNested()
  @Type(() => SupervisionCaseFilters)
  filters: SupervisionCaseFilters;
}

export class OpenSupervisionCaseMessage extends ActorMessage {
  @ValidateNested()
  @Type(() => OpenSupervisionCaseBody)
  body: OpenSupervisionCaseBody;
}

/** A step on one case; each message adds the route's body. */
export class SupervisionCaseStepMessage extends ActorMessage {
  @IsUUID()
  caseId: string;
}

export class RequestCaseExtensionMessage extends SupervisionCaseStepMessage {
  @ValidateNested()
  @Type(() => CaseExtensionBody)
  body: CaseExtensionBody;
}

export class DecideCaseExtensionMessage extends SupervisionCaseStepMessage {
  @IsUUID()
  extensionId: string;

  @ValidateNested()
  @Type(() => CaseExtensionDecisionBody)
  body: CaseExtensionDecisionBody;
}

export class AnswerCaseMessage extends SupervisionCaseStepMessage {
  @ValidateNested()
  @Type(() => CaseAnswerBody)
  body: CaseAnswerBody;
}

export class EscalateCaseMessage extends SupervisionCaseStepMessage {
  @ValidateNested()
  @Type(() => EscalateCaseBody)
  body: EscalateCaseBody;
}

export class CloseCaseMessage extends SupervisionCaseStepMessage {
  @ValidateNested()
  @Type(() => CloseCaseBody)
  body: CloseCaseBody;
}

export interface CaseDeadlineView {
  /** ISO-8601, Beijing time */
  due: string;
  lastDay: string;
  display: string;
  provisional: boolean;
  workingDays: number;
  extendedBy?: number;
}

export interface SupervisionCaseView {
  id: string;
  trigger: number;
  triggerText: string;
  method: SupervisionMethod;
  methodText: string;
  source?: string;
  hotSpotId?: string;
  status: SupervisionCaseStatus;
  version: number;
  workOrderIds: string[];
  unitIds: string[];
  openedAt: string;
  openedBy: string;
  deadline: CaseDeadlineView;
  /** its limit has passed while it is still open */
  overdue: boolean;
  overdueAt?: string;
  extension?: {
    id?: string;
    workingDays: number;
    reason: string;
    requestedAt: string;
    unitId?: string;
    decision?: 'approved' | 'rejected';
    decidedAt?: string;
    comment?: string;
  };
  extensionsGranted: number;
  answers: number;
  lastAnsweredAt?: string;
  escalation?: { at: string; to: string; withinLimit: boolean; reason?: string };
  result?: string;
  resolvedAt?: string;
}

export interface SupervisionCasePage {
  items: SupervisionCaseView[];
  nextCursor?: string;
}

/** What a POST that creates something on a case answers (201): its id and the case after it. */
export interface SupervisionCaseCreated {
  id: string;
  kind: 'extension' | 'answer';
  supervisionCase: SupervisionCaseView;
}

export const SupervisionCaseRpc = {
  list: defineRpc<ListSupervisionCasesQuery, SupervisionCasePage>('supervision', 'supervision-cases.list'),
  open: defineRpc<OpenSupervisionCaseMessage, SupervisionCaseView>('supervision', 'supervision-cases.open'),
  requestExtension: defineRpc<RequestCaseExtensionMessage, SupervisionCaseCreated>(
    'supervision',
    'supervision-cases.request-extension',
  ),
  decideExtension: defineRpc<DecideCaseExtensionMessage, SupervisionCaseView>(
    'supervision',
    'supervision-cases.decide-extension',
  ),
  answer: defineRpc<AnswerCaseMessage, SupervisionCaseCreated>('supervision', 'supervision-cases.answer'),
  escalate: defineRpc<EscalateCaseMessage, SupervisionCaseView>('supervision', 'supervision-cases.escalate'),
  close: defineRpc<CloseCaseMessage, SupervisionCaseView>('supervision', 'supervision-cases.close'),
};
