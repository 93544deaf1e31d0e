import { InvalidDomainInputError } from '../errors/domain-error';
import type { TransitionDefinition } from '../lifecycle/lifecycle-transitions';

export const SUPERVISION_CASE_STATUSES = ['open', 'escalated', 'resolved'] as const;
export type SupervisionCaseStatus = (typeof SUPERVISION_CASE_STATUSES)[number];

export const SUPERVISION_CASE_STATUS_NAMES: Readonly<Record<SupervisionCaseStatus, string>> = {
  open: '督办中',
  escalated: '已呈报市人民政府督查室',
  resolved: '督办办结',
};

export const SUPERVISION_CASE_EVENTS = [
  'open-case',
  'link-work-orders',
  'request-case-extension',
  'approve-case-extension',
  'reject-case-extension',
  'answer-case',
  'mark-case-overdue',
  'resolve-case',
  'escalate-case',
] as const;
export type SupervisionCaseEvent = (typeof SUPERVISION_CASE_EVENTS)[number];

/** Supervision cases (督办, R23) link one or many work orders and run beside their lifecycle. */
type SupervisionTransition = TransitionDefinition<SupervisionCaseEvent, SupervisionCaseStatus>;

export const SUPERVISION_CASE_TRANSITIONS: readonly SupervisionTransition[] = [
  {
    event: 'open-case',
    from: [],
    to: ['open'],
    roles: ['supervisor', 'system'],
    requirements: ['R23.1', 'R23.2'],
    article: '第二十三条',
    summary:
      'a trigger 1–8 (4–8 with their source named) and a method; the limit the supervisor sets, at most 5 working ' +
      'days by system, 10 by other methods',
    refusals: [
      'trigger not 1–8',
      'unknown method',
      'the system opens only triggers 1–3',
      'no source for triggers 4–8',
      'a limit over the maximum',
    ],
  },
  {
    event: 'link-work-orders',
    from: ['open', 'escalated', 'resolved'],
    to: ['open', 'escalated', 'resolved'],
    roles: ['system'],
    requirements: ['R23.1'],
    article: '第二十三条',
    summary:
      'later work orders of the same hot spot join its case (trigger 2), never a new one; each keeps its own handling',
    refusals: [],
  },
  {
    event: 'request-case-extension',
    from: ['open'],
    to: ['open'],
    roles: ['unit'],
    requirements: ['R23.2'],
    article: '第二十三条',
    summary: 'the unit applies once for an extension of at most 10 working days (complex case)',
    refusals: ['a second application', 'more than 10 working days', 'no reason'],
  },
  {
    event: 'approve-case-extension',
    from: ['open'],
    to: ['open'],
    roles: ['supervisor'],
    requirements: ['R23.2'],
    article: '第二十三条',
    summary: 'the supervisor grants the extension: the limit goes on by its working days',
    refusals: ['no pending application'],
  },
  {
    event: 'reject-case-extension',
    from: ['open'],
    to: ['open'],
    roles: ['supervisor'],
    requirements: ['R23.2'],
    article: '第二十三条',
    summary: 'the supervisor refuses the extension: the limit stands',
    refusals: ['no pending application'],
  },
  {
    event: 'answer-case',
    from: ['open', 'escalated'],
    to: ['open', 'escalated'],
    roles: ['unit'],
    requirements: ['R23.2'],
    article: '第二十三条',
    summary: 'the unit answers the case (what it did, with the result)',
    refusals: ['no answer'],
  },
  {
    event: 'mark-case-overdue',
    from: ['open'],
    to: ['open'],
    roles: ['system'],
    requirements: ['R23.3'],
    article: '第二十三条',
    summary: 'the limit passed with the case unsolved: it may now be escalated',
    refusals: ['the limit has not passed'],
  },
  {
    event: 'resolve-case',
    from: ['open', 'escalated'],
    to: ['resolved'],
    roles: ['supervisor'],
    requirements: ['R23.2'],
    article: '第二十三条',
    summary: 'closed with its result; records whether within the limit and whether the matter was solved',
    refusals: ['no result recorded'],
  },
  {
    event: 'escalate-case',
    from: ['open'],
    to: ['escalated'],
    roles: ['supervisor'],
    requirements: ['R23.3'],
    article: '第二十三条',
    summary: "still unsolved after supervision: to the city government's inspection office (督查室)",
    refusals: ['within the limit without a reason'],
  },
];

export function supervisionTransitionOf(event: SupervisionCaseEvent): SupervisionTransition {
  const transition = SUPERVISION_CASE_TRANSITIONS.find((candidate) => candidate.event === event);
  if (!transition) {
    throw new InvalidDomainInputError('unknown step', [{ path: 'event', message: `'${String(event)}' is not a step` }]);
  }
  return transition;
}
