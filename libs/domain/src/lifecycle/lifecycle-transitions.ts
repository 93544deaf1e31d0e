import { InvalidDomainInputError, type RequirementId } from '../errors/domain-error';
import type { ActorRole } from '../reference/roles';
import type { WorkOrderEvent } from './work-order-events';
import type { WorkOrderStatus } from './work-order-status';

export interface TransitionDefinition<E extends string = WorkOrderEvent, S extends string = WorkOrderStatus> {
  readonly event: E;
  /** states the step may start from; empty for the step that creates the record */
  readonly from: readonly S[];
  readonly to: readonly S[];
  readonly roles: readonly ActorRole[];
  readonly requirements: readonly RequirementId[];
  readonly article: string;
  readonly summary: string;
  /** what the regulation refuses here (HTTP 422) */
  readonly refusals: readonly string[];
}

/** The work-order lifecycle as data: applyWorkOrderCommand enforces it and docs/lifecycle.md is printed from it. */
export const WORK_ORDER_TRANSITIONS: readonly TransitionDefinition[] = [
  {
    event: 'receive',
    from: [],
    to: ['received'],
    roles: ['operator', 'partner', 'system'],
    requirements: ['R2.1', 'R14.1'],
    article: '第二条、第十四条',
    summary: 'a request by phone, web, app or a partner becomes a work order; the channel is recorded',
    refusals: [],
  },
  {
    event: 'reject',
    from: ['received'],
    to: ['rejected'],
    roles: ['operator', 'system'],
    requirements: ['R13.1', 'R14.2'],
    article: '第十三条、第十四条',
    summary:
      'not accepted: reason code 1–9 and the basis told to the caller; code 5 transfers to 110/119/120/122; ' +
      'the system rejects (code 8) a district known to lie outside the city when nobody decided',
    refusals: ['reason code not 1–9', 'no basis', 'the system with a code other than 8'],
  },
  {
    event: 'close-online',
    from: ['received'],
    to: ['closed-online'],
    roles: ['operator'],
    requirements: ['R15.1'],
    article: '第十五条',
    summary: 'answered on the spot from the knowledge base (在线办结), citing the article',
    refusals: ['no knowledge-base article cited'],
  },
  {
    event: 'schedule-callback',
    from: ['received'],
    to: ['callback-pending'],
    roles: ['operator'],
    requirements: ['R15.2'],
    article: '第十五条',
    summary: 'with the caller’s consent, answer by three-way call or call back within 1 working day',
    refusals: ['no caller consent'],
  },
  {
    event: 'answer-callback',
    from: ['callback-pending', 'reopened'],
    to: ['closed-online'],
    roles: ['operator'],
    requirements: ['R15.2'],
    article: '第十五条',
    summary: 'the operator answers it by call back, citing an article or not; records whether within the limit',
    refusals: ['no answer recorded'],
  },
  {
    event: 'accept-for-dispatch',
    from: ['received', 'callback-pending', 'reopened'],
    to: ['awaiting-dispatch'],
    roles: ['operator', 'partner', 'system'],
    requirements: ['R15.2', 'R15.3'],
    article: '第十五条',
    summary:
      'cannot be answered on the spot, by the call back or again after an unsatisfied callback: to be dispatched to a handling unit',
    refusals: [],
  },
  {
    event: 'dispatch',
    from: ['awaiting-dispatch'],
    to: ['dispatched'],
    roles: ['operator', 'system'],
    requirements: ['R15.3', 'R15.4', 'R15.5', 'R22.1'],
    article: '第十五条、第二十二条',
    summary: 'to one lead unit (牵头) and co-handling units (会同); starts the 1-working-day sign limit',
    refusals: ['no lead unit', 'a co unit repeated or equal to the lead unit'],
  },
  {
    event: 'raise-difficulty',
    from: ['awaiting-dispatch', 'dispatched', 'return-requested', 'handling'],
    to: ['coordinating'],
    roles: ['operator', 'reviewer', 'unit'],
    requirements: ['R21.1'],
    article: '第二十一条',
    summary:
      'unclear duty, unclear jurisdiction or disputed law, before or after signing: the office (市热线信箱办) coordinates',
    refusals: ['difficulty not one of unclear-duty, unclear-jurisdiction, disputed-law'],
  },
  {
    event: 'escalate-difficulty',
    from: ['coordinating'],
    to: ['escalated'],
    roles: ['supervisor'],
    requirements: ['R21.1'],
    article: '第二十一条',
    summary: 'the office cannot name the unit: the city government is asked to',
    refusals: [],
  },
  {
    event: 'assign-by-coordination',
    from: ['coordinating', 'escalated'],
    to: ['dispatched'],
    roles: ['supervisor'],
    requirements: ['R21.1', 'R15.5'],
    article: '第二十一条',
    summary: 'the unit named by the office or the city government gets it; starts the sign limit',
    refusals: ['no lead unit', 'a co unit repeated or equal to the lead unit'],
  },
  {
    event: 'sign',
    from: ['dispatched'],
    to: ['handling'],
    roles: ['unit'],
    requirements: ['R16.1'],
    article: '第十六条',
    summary: 'the lead unit signs (签收); the return window and the handling limit start',
    refusals: [],
  },
  {
    event: 'deem-signed',
    from: ['dispatched'],
    to: ['handling'],
    roles: ['system'],
    requirements: ['R16.1', 'R16.2'],
    article: '第十六条',
    summary: 'not signed within 1 working day: counted as signed at the end of the limit (视为签收)',
    refusals: ['the sign limit has not ended'],
  },
  {
    event: 'request-return',
    from: ['handling'],
    to: ['return-requested'],
    roles: ['unit'],
    requirements: ['R16.2'],
    article: '第十六条',
    summary: 'not the unit’s duty or out of scope: asks to return it, with reason and basis',
    refusals: [
      'after 2 working days from signing (it counts as signed)',
      'no reason or basis',
      'asked before for this dispatch',
    ],
  },
  {
    event: 'approve-return',
    from: ['return-requested'],
    to: ['awaiting-dispatch'],
    roles: ['reviewer'],
    requirements: ['R16.3'],
    article: '第十六条',
    summary: 'duty is re-determined and it is dispatched again; limits count from the new signing',
    refusals: [],
  },
  {
    event: 'reject-return',
    from: ['return-requested'],
    to: ['handling'],
    roles: ['reviewer'],
    requirements: ['R16.3'],
    article: '第十六条',
    summary: 'the unit goes on handling it; the limit still counts from its signing',
    refusals: [],
  },
  {
    event: 'request-extension',
    from: ['handling'],
    to: ['extension-requested'],
    roles: ['unit'],
    requirements: ['R17.2'],
    article: '第十七条',
    summary: 'asks before the handling limit ends for at most 5 more working days',
    refusals: ['at or after the deadline', 'more than 5 working days', 'a second extension', 'no reason'],
  },
  {
    event: 'approve-extension',
    from: ['extension-requested'],
    to: ['handling'],
    roles: ['reviewer'],
    requirements: ['R17.2'],
    article: '第十七条',
    summary: 'the limit runs on after its last day; the unit tells the caller the new deadline and progress',
    refusals: [],
  },
  {
    event: 'reject-extension',
    from: ['extension-requested'],
    to: ['handling'],
    roles: ['reviewer'],
    requirements: ['R17.2'],
    article: '第十七条',
    summary: 'the original deadline stands',
    refusals: [],
  },
  {
    event: 'record-caller-informed',
    from: ['handling'],
    to: ['handling'],
    roles: ['unit'],
    requirements: ['R17.2'],
    article: '第十七条',
    summary: 'the lead unit records when and how it told the caller the extended deadline and progress',
    refusals: ['no approved extension', 'recorded before', 'a time in the future or before the approval', 'no method'],
  },
  {
    event: 'submit-reply',
    from: ['handling', 'rehandling'],
    to: ['replied'],
    roles: ['unit'],
    requirements: ['R18.1', 'R18.2'],
    article: '第十八条',
    summary: 'handling body, time, process, result and contact with the caller; a plan with a date or an explanation',
    refusals: ['a required field missing', 'a plan without measures or date', 'not possible without explanation'],
  },
  {
    event: 'pass-reply',
    from: ['replied'],
    to: ['completed'],
    roles: ['reviewer'],
    requirements: ['R19.1'],
    article: '第十九条',
    summary: 'the reply passes review: done (办结); records whether within the limit',
    refusals: [],
  },
  {
    event: 'fail-reply',
    from: ['replied'],
    to: ['handling', 'rehandling'],
    roles: ['reviewer'],
    requirements: ['R19.1'],
    article: '第十九条',
    summary: 'the reply fails review: back to the unit within the original limit',
    refusals: [],
  },
  {
    event: 'record-callback',
    from: ['completed', 'closed-online'],
    to: ['closed', 'rehandling', 'unsatisfied', 'reopened'],
    roles: ['reviewer'],
    requirements: ['R20.1', 'R20.2', 'R20.3', 'R23.1'],
    article: '第二十条、第二十三条',
    summary:
      "every finished order (全面回访). Satisfied: closed; unsatisfied for the unit's reasons: re-handling in 5 " +
      'working days (the second time: supervision trigger 3); other causes: unsatisfied. Either way the lead unit ' +
      'may appeal within the window. Closed online and unsatisfied: back to the operator (no unit to re-handle it)',
    refusals: ['unsatisfied without a cause', 'a cause for a satisfied caller'],
  },
  {
    event: 'request-appeal',
    from: ['unsatisfied', 'rehandling'],
    to: ['appeal-requested'],
    roles: ['unit'],
    requirements: ['R20.3'],
    article: '第二十条',
    summary:
      'the lead unit holds the unsatisfied result due to false claims, policy limits or malice, whatever cause the ' +
      'reviewer recorded: it appeals with reason and evidence (re-handling waits for the decision)',
    refusals: ['after the appeal window', 'no reason or no evidence', 'appealed before', 'no unsatisfied result'],
  },
  {
    event: 'approve-appeal',
    from: ['appeal-requested'],
    to: ['closed'],
    roles: ['reviewer'],
    requirements: ['R20.3'],
    article: '第二十条',
    summary: 'not counted as unsatisfied in the assessment; a re-handling required only by this result ends',
    refusals: [],
  },
  {
    event: 'reject-appeal',
    from: ['appeal-requested'],
    to: ['closed', 'rehandling'],
    roles: ['reviewer'],
    requirements: ['R20.3', 'R20.2'],
    article: '第二十条',
    summary: 'the unsatisfied result counts: closed, or back to the re-handling it interrupted (same deadline)',
    refusals: [],
  },
  {
    event: 'close-unsatisfied',
    from: ['unsatisfied'],
    to: ['closed'],
    roles: ['system'],
    requirements: ['R20.3'],
    article: '第二十条',
    summary: 'no appeal within the window: closed, counted as unsatisfied',
    refusals: ['the appeal window has not ended'],
  },
];

export function transitionOf(event: WorkOrderEvent): TransitionDefinition {
  const transition = WORK_ORDER_TRANSITIONS.find((candidate) => candidate.event === event);
  if (!transition) {
    throw new InvalidDomainInputError('unknown step', [{ path: 'event', message: `'${String(event)}' is not a step` }]);
  }
  return transition;
}
