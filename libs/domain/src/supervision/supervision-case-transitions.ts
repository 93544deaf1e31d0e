import { InvalidDomainInputError } from '../errors/domain-error';
import type { TransitionDefinition } from '../lifecycle/lifecycle-transitions';

export const SUPERVISION_CASE_STATUSES = ['open', 'escalated', 'resolved'] as const;
export type SupervisionCaseStatus = (typeof SUPERVISION_CASE_STATUSES)[number];

export const SUPERVISION_CASE_STATUS_NAMES: Readonly<Record<SupervisionCaseStatus, string>> = {
  open: '督办中',
  escalated: '已呈报市人民政府督查室',
  resolved: '督办办结',
};

export const SUPERVISION_CASE_EVENTS = ['open-case', 'extend-case', 'resolve-case', 'escalate-case'] as const;
export type SupervisionCaseEvent = (typeof SUPERVISION_CASE_EVENTS)[number];

/** Supervision cases (督办, R23) attach to a work order and run beside its lifecycle. */
type SupervisionTransition = TransitionDefinition<SupervisionCaseEvent, SupervisionCaseStatus>;

export const SUPERVISION_CASE_TRANSITIONS: readonly SupervisionTransition[] = [
  {
    event: 'open-case',
    from: [],
    to: ['open'],
    roles: ['supervisor', 'system'],
    requirements: ['R23.1', 'R23.2'],
    article: '第二十三条',
    summary: 'a trigger 1–8 and a method; limit 5 working days by system, 10 by other methods',
    refusals: ['trigger not 1–8', 'unknown method', 'the system opens only triggers 1–3'],
  },
  {
    event: 'extend-case',
    from: ['open'],
    to: ['open'],
    roles: ['supervisor'],
    requirements: ['R23.2'],
    article: '第二十三条',
    summary: 'a complex case gets one extension of at most 10 working days',
    refusals: ['a second extension', 'more than 10 working days', 'no reason'],
  },
  {
    event: 'resolve-case',
    from: ['open', 'escalated'],
    to: ['resolved'],
    roles: ['supervisor'],
    requirements: ['R23.2'],
    article: '第二十三条',
    summary: 'solved; records whether within the limit',
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
    refusals: [],
  },
];

export function supervisionTransitionOf(event: SupervisionCaseEvent): SupervisionTransition {
  const transition = SUPERVISION_CASE_TRANSITIONS.find((candidate) => candidate.event === event);
  if (!transition) {
    throw new InvalidDomainInputError('unknown step', [{ path: 'event', message: `'${String(event)}' is not a step` }]);
  }
  return transition;
}
