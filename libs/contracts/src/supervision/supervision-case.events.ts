import { IsArray, IsIn, IsInt, IsObject, IsOptional, IsUUID, Min } from 'class-validator';
import {
  SUPERVISION_CASE_EVENTS,
  SUPERVISION_CASE_STATUSES,
  SupervisionCaseEvent,
  SupervisionCaseStatus,
} from '@hotline/domain';
import { defineEvent, EventDefinition } from '../events/event-definition';
import { StepPayload } from '../events/step-payload';

/**
 * One step of a supervision case (R23), with the whole case after it (`supervisionCase`, supervisionCaseToJson of
 * @hotline/domain), so that another service keeps a copy by taking the higher version.
 */
export class SupervisionCaseStepPayload extends StepPayload {
  @IsUUID()
  caseId: string;

  @IsArray()
  @IsUUID('all', { each: true })
  workOrderIds: string[];

  @IsInt()
  @Min(1)
  version: number;

  @IsIn(SUPERVISION_CASE_EVENTS)
  step: SupervisionCaseEvent;

  @IsOptional()
  @IsIn(SUPERVISION_CASE_STATUSES)
  from: SupervisionCaseStatus | null;

  @IsIn(SUPERVISION_CASE_STATUSES)
  to: SupervisionCaseStatus;

  @IsObject()
  supervisionCase: Record<string, unknown>;
}

const CASE_EVENT_NAMES = {
  'open-case': 'case-opened',
  'link-work-orders': 'case-linked',
  'request-case-extension': 'case-extension-requested',
  'approve-case-extension': 'case-extension-approved',
  'reject-case-extension': 'case-extension-rejected',
  'answer-case': 'case-answered',
  'mark-case-overdue': 'case-overdue',
  'resolve-case': 'case-resolved',
  'escalate-case': 'case-escalated',
} as const satisfies Record<SupervisionCaseEvent, string>;

type CaseEvents = { readonly [K in SupervisionCaseEvent]: EventDefinition<SupervisionCaseStepPayload> };

/** `SupervisionCaseEvents['escalate-case']` is `hotline.supervision.case-escalated.v1`, and so on for every step. */
export const SupervisionCaseEvents: CaseEvents = Object.freeze(
  Object.fromEntries(
    Object.entries(CASE_EVENT_NAMES).map(([step, name]) => [
      step,
      defineEvent('supervision', name, 1, SupervisionCaseStepPayload),
    ]),
  ) as unknown as CaseEvents,
);

export const SUPERVISION_CASE_EVENT_LIST: readonly EventDefinition<SupervisionCaseStepPayload>[] =
  Object.values(SupervisionCaseEvents);
