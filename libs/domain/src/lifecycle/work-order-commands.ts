import type { EmergencyCategory } from '../reference/emergency-destinations';
import type { MatterNature, SatisfactionLevel, UnsatisfiedCause } from '../reference/satisfaction';
import type { DifficultyKind, UnitReply } from './work-order';

/** The input of each step; `event` names the transition. Values are checked by the step (422 when a rule refuses). */
export type WorkOrderCommand =
  | { readonly event: 'reject'; readonly reasonCode: number; readonly basis: string }
  | { readonly event: 'close-online'; readonly articleId: string; readonly articleVersion?: number }
  | { readonly event: 'schedule-callback'; readonly callerConsent: boolean }
  | {
      readonly event: 'answer-callback';
      readonly answer: string;
      readonly articleId?: string;
      readonly articleVersion?: number;
    }
  | { readonly event: 'accept-for-dispatch' }
  | {
      readonly event: 'dispatch';
      readonly leadUnitId: string;
      readonly coUnitIds?: readonly string[];
      readonly emergencyCategory?: EmergencyCategory;
    }
  | { readonly event: 'raise-difficulty'; readonly kind: DifficultyKind; readonly note?: string }
  | { readonly event: 'escalate-difficulty'; readonly note?: string }
  | { readonly event: 'assign-by-coordination'; readonly leadUnitId: string; readonly coUnitIds?: readonly string[] }
  | { readonly event: 'sign' }
  | { readonly event: 'deem-signed' }
  | { readonly event: 'request-return'; readonly reason: string; readonly basis: string }
  | { readonly event: 'approve-return'; readonly comment?: string }
  | { readonly event: 'reject-return'; readonly comment?: string }
  | { readonly event: 'request-extension'; readonly workingDays: number; readonly reason: string }
  | { readonly event: 'approve-extension'; readonly comment?: string }
  | { readonly event: 'reject-extension'; readonly comment?: string }
  | { readonly event: 'record-caller-informed'; readonly informedAt: Date; readonly method: string }
  | { readonly event: 'submit-reply'; readonly reply: UnitReply }
  | { readonly event: 'pass-reply'; readonly comment?: string }
  | { readonly event: 'fail-reply'; readonly comment?: string }
  | {
      readonly event: 'record-callback';
      readonly satisfaction: SatisfactionLevel;
      readonly contacted: boolean;
      readonly cause?: UnsatisfiedCause;
      /** R20.1 why the caller is unsatisfied (required with an unsatisfied result) */
      readonly reason?: string;
      /** R20.3 the reviewer's classification of the matter, if given with the callback */
      readonly matterNature?: MatterNature;
      /** R20.3 the appeal window the centre configured (default DEFAULT_APPEAL_WINDOW_WORKING_DAYS) */
      readonly appealWindowWorkingDays?: number;
    }
  | { readonly event: 'request-appeal'; readonly reason: string; readonly evidence: string }
  | { readonly event: 'approve-appeal'; readonly comment?: string }
  | { readonly event: 'reject-appeal'; readonly comment?: string }
  | { readonly event: 'close-unsatisfied' };

export type CommandOf<E extends WorkOrderCommand['event']> = Extract<WorkOrderCommand, { event: E }>;
