import type { RequirementId } from '../errors/domain-error';
import type { Channel } from '../reference/channels';
import type { EmergencyCategory } from '../reference/emergency-destinations';
import type { RejectionReasonCode } from '../reference/rejection-reasons';
import type { RequestField, RequestType } from '../reference/request-types';
import type { Actor } from '../reference/roles';
import type { MatterNature, SatisfactionLevel, UnsatisfiedCause } from '../reference/satisfaction';
import type { SupervisionTriggerCode } from '../reference/supervision';
import type { WorkingDayWindow } from '../callbacks/callback-windows';
import type { ComputedDeadline } from '../time-limits/deadlines';
import type { WorkOrderEvent } from './work-order-events';
import type { WorkOrderStatus } from './work-order-status';

export interface Assignment {
  readonly leadUnitId: string;
  readonly coUnitIds: readonly string[];
  readonly dispatchedAt: Date;
  readonly via: 'dispatch' | 'office-coordination' | 'city-government-coordination';
  readonly emergencyCategory?: EmergencyCategory;
}

export interface Signing {
  readonly signedAt: Date;
  /** R16.1/R16.2: not signed within the limit, counted as signed at its end */
  readonly deemed: boolean;
  readonly late: boolean;
}

export interface WorkOrderDeadlines {
  readonly onlineCallback?: ComputedDeadline;
  readonly sign?: ComputedDeadline;
  readonly returnWindow?: ComputedDeadline;
  readonly handling?: ComputedDeadline;
  readonly rehandling?: ComputedDeadline;
}

export type Decision = 'approved' | 'rejected';

export interface ReturnRequest {
  readonly reason: string;
  readonly basis: string;
  readonly requestedAt: Date;
  readonly decision?: Decision;
}

export interface ExtensionRequest {
  readonly workingDays: number;
  readonly reason: string;
  readonly requestedAt: Date;
  /** the version of the work order the request created: with the order's id it names the request (`<id>:<version>`) */
  readonly requestVersion?: number;
  readonly decision?: Decision;
  /** when the centre decided (absent on records written before it was kept) */
  readonly decidedAt?: Date;
  /** R17.2: approved, the unit tells the caller the new deadline and progress; when and how it did */
  readonly callerInformed?: CallerInformed;
}

export interface CallerInformed {
  readonly informedAt: Date;
  readonly method: string;
  readonly recordedAt: Date;
}

/** R18.1/R18.2 what a unit's reply holds. */
export interface UnitReply {
  readonly handledBy: string;
  readonly handledAt: Date;
  readonly process: string;
  readonly result: string;
  readonly callerContacted: boolean;
  readonly contactMethod?: string;
  readonly outcome: 'solved' | 'plan' | 'not-possible';
  readonly plan?: string;
  readonly planDate?: string;
  readonly explanation?: string;
}

/** Art. 26(3): the reply said the caller was contacted (R18.1), the callback found no contact (R20.1). */
export interface ContactContradiction {
  readonly replyCallerContacted: true;
  readonly callbackContacted: false;
  readonly replySubmittedAt: Date;
  readonly callbackRecordedAt: Date;
  readonly requirements: readonly RequirementId[];
}

export interface CallbackRecord {
  readonly satisfaction: SatisfactionLevel;
  readonly contacted: boolean;
  readonly cause?: UnsatisfiedCause;
  /** R20.1 why the caller is unsatisfied, as the caller said it */
  readonly reason?: string;
  readonly recordedAt: Date;
  /** R20.3 until when the lead unit may appeal this unsatisfied result (a window the centre configures) */
  readonly appealWindow?: WorkingDayWindow;
}

export interface Appeal {
  readonly reason: string;
  readonly evidence: string;
  readonly requestedAt: Date;
  readonly decision?: Decision;
  /** the state the appeal interrupted: re-handling goes on when it is rejected (R20.2) */
  readonly during?: 'unsatisfied' | 'rehandling';
}

export type DifficultyKind = 'unclear-duty' | 'unclear-jurisdiction' | 'disputed-law';

export interface DifficultMatter {
  readonly kind: DifficultyKind;
  readonly raisedAt: Date;
  readonly level: 'office' | 'city-government';
}

export interface OnlineClosure {
  readonly articleId?: string;
  /** R15.1 the version of the article that was cited, as the knowledge base held it then */
  readonly articleVersion?: number;
  readonly answer?: string;
  readonly via: 'on-the-spot' | 'callback';
  /** when it was answered: the callback of Art. 20 (全面回访) counts from here */
  readonly closedAt?: Date;
}

/**
 * A work order (工单) as the domain sees it: plain immutable data, changed only by applyWorkOrderCommand,
 * which also returns the step to append to the timeline (R14.1). Caller identity lives elsewhere (R14.3).
 */
export interface WorkOrder {
  readonly id: string;
  readonly type: RequestType;
  readonly channel: Channel;
  readonly field?: RequestField;
  readonly matterNature?: MatterNature;
  readonly status: WorkOrderStatus;
  /** which limit a reply answers to: the first handling (R17.1) or re-handling (R20.2) */
  readonly phase: 'handling' | 'rehandling';
  readonly version: number;
  readonly receivedAt: Date;
  readonly deadlines: WorkOrderDeadlines;
  readonly dispatchCount: number;
  readonly assignment?: Assignment;
  readonly signing?: Signing;
  readonly returnRequest?: ReturnRequest;
  readonly extension?: ExtensionRequest;
  readonly extensionsGranted: number;
  /** the lead unit's reply; it names the units that answer for it (R15.5) */
  readonly reply?: UnitReply & {
    readonly submittedAt: Date;
    readonly leadUnitId?: string;
    readonly coUnitIds?: readonly string[];
  };
  readonly completedAt?: Date;
  readonly rehandlingCount: number;
  readonly callback?: CallbackRecord;
  /** the latest reply/callback contradiction about contacting the caller, kept for Art. 26(3) */
  readonly contactContradiction?: ContactContradiction;
  readonly appeal?: Appeal;
  readonly rejection?: { readonly reasonCode: RejectionReasonCode; readonly basis: string };
  readonly onlineClosure?: OnlineClosure;
  /** R15.2 the caller agreed to be answered by call back or three-way call */
  readonly callerConsent?: boolean;
  readonly difficulty?: DifficultMatter;
  /** R23.1 triggers 1–3 that the machine itself found */
  readonly supervisionTriggers: readonly SupervisionTriggerCode[];
  /** R20.3 an approved appeal keeps the unsatisfied callback out of the assessment */
  readonly excludedFromAssessment: boolean;
}

/** One entry of the append-only timeline (R14.1). */
export interface WorkOrderStep {
  readonly workOrderId: string;
  readonly version: number;
  readonly event: WorkOrderEvent;
  readonly from: WorkOrderStatus | null;
  readonly to: WorkOrderStatus;
  readonly at: Date;
  readonly actor: Actor;
  readonly requirements: readonly RequirementId[];
  readonly details: Readonly<Record<string, unknown>>;
}
