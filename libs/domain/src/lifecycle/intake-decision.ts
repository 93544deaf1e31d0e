import { type DistrictPlace, outsideCityRejection } from '../intake-assist/district-place';
import type { ArticleCitation } from '../knowledge/article-citation';
import type { RejectionReasonCode } from '../reference/rejection-reasons';
import type { Actor } from '../reference/roles';
import { InvalidDomainInputError } from '../errors/domain-error';
import { requireRejectionReasonCode, requireText } from './steps/step-rules';
import type { WorkOrderCommand } from './work-order-commands';

/** What the operator decided with the caller on the line, as given (nothing checked yet). */
export interface OperatorDecision {
  readonly outcome: 'dispatch' | 'reject' | 'close-online' | 'callback';
  readonly reasonCode?: number;
  readonly basis?: string;
  readonly articleId?: string;
  /** R13.1(5): the partner line the incident is transferred to (none: the line whose list holds the category) */
  readonly transferTo?: string;
  /** R13.1(5): the caller agreed that the partner may call back */
  readonly shareCallback?: boolean;
}

/** R10.1, R13.1(5): an emergency rejection is transferred out; `to` is the line the operator named, if any. */
export interface EmergencyTransfer {
  readonly to?: string;
  readonly shareCallback: boolean;
}

/** How a request leaves intake: the operator's decision made whole, or the jurisdiction table's (R13.1(8)). */
export type IntakeDecision =
  | { readonly outcome: 'dispatch' }
  | {
      readonly outcome: 'reject';
      readonly reasonCode: RejectionReasonCode;
      readonly basis: string;
      readonly decidedBy: 'operator' | 'jurisdiction';
      /** reason 5 only: linkage sends the incident on by itself (R10.1) */
      readonly transfer?: EmergencyTransfer;
    }
  /** `citation`: the article and version the knowledge base confirmed (R15.1), once asked */
  | { readonly outcome: 'close-online'; readonly articleId: string; readonly citation?: ArticleCitation }
  | { readonly outcome: 'callback'; readonly callerConsent: boolean };

/**
 * R13.1, R14.2, R15.1, R15.2 the operator's decision, or none: then the request goes to dispatch (R14.1), unless its
 * district is known to lie outside the city, which makes it a rejection with reason 8 and its basis (R13.1(8), R14.2).
 * A rejection needs one of the nine reasons (R13.1) and the basis told to the caller (R14.2); closing online needs
 * the article that answered (R15.1), checked before the knowledge base is asked about it. A call back is taken as
 * given: its step refuses it without the caller's consent (R15.2). 422 as the steps answer it.
 */
export function decideIntake(
  decision: OperatorDecision | undefined,
  place: DistrictPlace | undefined,
  callerConsent: boolean | undefined,
): IntakeDecision {
  if (!decision) {
    const outside = outsideCityRejection(place);
    return outside ? { outcome: 'reject', ...outside, decidedBy: 'jurisdiction' } : { outcome: 'dispatch' };
  }
  switch (decision.outcome) {
    case 'dispatch':
      refuseTransferFields(decision);
      return { outcome: 'dispatch' };
    case 'reject': {
      const reasonCode = requireRejectionReasonCode(decision.reasonCode);
      requireText(decision.basis, 'R14.2', 'the basis told to the caller');
      const rejection = {
        outcome: 'reject',
        reasonCode,
        basis: String(decision.basis),
        decidedBy: 'operator',
      } as const;
      if (reasonCode !== 5) {
        refuseTransferFields(decision);
        return rejection;
      }
      const to = decision.transferTo ? { to: decision.transferTo } : {};
      return { ...rejection, transfer: { ...to, shareCallback: decision.shareCallback === true } };
    }
    case 'close-online':
      refuseTransferFields(decision);
      requireText(decision.articleId, 'R15.1', 'the knowledge-base article');
      return { outcome: 'close-online', articleId: String(decision.articleId) };
    case 'callback':
      refuseTransferFields(decision);
      return { outcome: 'callback', callerConsent: callerConsent === true };
  }
}

/** R13.1(5): only a rejection for 110/119/120/122 is transferred; the fields elsewhere are a mistake, refused. */
function refuseTransferFields(decision: OperatorDecision): void {
  const issues = (['transferTo', 'shareCallback'] as const)
    .filter((field) => decision[field] !== undefined)
    .map((field) => ({
      path: `decision.${field}`,
      message: 'only a rejection with reason 5 (emergency) is transferred',
    }));
  if (issues.length > 0) throw new InvalidDomainInputError('', issues);
}

/** The step that takes the new work order out of `received`. */
export function intakeCommandOf(decision: IntakeDecision): WorkOrderCommand {
  switch (decision.outcome) {
    case 'dispatch':
      return { event: 'accept-for-dispatch' };
    case 'reject':
      return { event: 'reject', reasonCode: decision.reasonCode, basis: decision.basis };
    case 'close-online':
      return {
        event: 'close-online',
        articleId: decision.articleId,
        ...(decision.citation ? { articleVersion: decision.citation.articleVersion } : {}),
      };
    case 'callback':
      return { event: 'schedule-callback', callerConsent: decision.callerConsent };
  }
}

/** R13.1(8) a rejection the jurisdiction table decided is the system's step, whoever recorded the request. */
export function intakeDeciderOf(decision: IntakeDecision, recorder: Actor): Actor {
  return decision.outcome === 'reject' && decision.decidedBy === 'jurisdiction' ? { role: 'system' } : recorder;
}
