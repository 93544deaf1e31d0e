import { seededCalendar } from '../calendar/default-calendar';
import type { RemainingWorkingTime, WorkingDayCalendar } from '../calendar/working-day-calendar';
import { InvalidDomainInputError, RegulationViolationError } from '../errors/domain-error';
import type { RequestType } from '../reference/request-types';
import type { SupervisionMethod } from '../reference/supervision';
import { dayToIsoDate, formatDue, type IsoDate, lastDayOfPeriod, toBeijingIso } from '../time/beijing-time';
import { type PolicyValue, TimeLimitPolicy } from './time-limit-policy';
import type { TimeLimitKey } from './time-limit-table';

export const DEADLINE_KINDS = [
  'sign',
  'return-window',
  'handling',
  'online-callback',
  'rehandling',
  'supervision',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** What of a work order (or supervision case) decides which limit applies. */
export interface DeadlineSubject {
  readonly type?: RequestType;
  readonly supervisionMethod?: SupervisionMethod;
}

/** The calendar and policy to use; both default to the built-in ones (seeded calendar, regulation values). */
export interface DeadlineRules {
  readonly calendar?: WorkingDayCalendar;
  readonly policy?: TimeLimitPolicy;
}

export interface DeadlineExtension {
  readonly workingDays: number;
  readonly policy: PolicyValue;
  readonly originalDue: Date;
}

/** A deadline as stored in the work order's record: when, from what, and by which policy value. */
export interface ComputedDeadline {
  readonly kind: DeadlineKind;
  readonly from: Date;
  /** 24:00 Beijing time of `lastDay`, i.e. the instant 00:00 Beijing of the following day */
  readonly due: Date;
  readonly lastDay: IsoDate;
  /** for people: '2026-10-08 24:00 北京时间 (UTC+8)' */
  readonly display: string;
  /** computed from days of a year whose holiday notice is not loaded yet */
  readonly provisional: boolean;
  readonly workingDays: number;
  readonly policy: PolicyValue;
  readonly extension?: DeadlineExtension;
}

export function policyKeyOf(kind: DeadlineKind, subject: DeadlineSubject): TimeLimitKey {
  switch (kind) {
    case 'sign':
      return 'sign';
    case 'return-window':
      return 'return-window';
    case 'online-callback':
      return 'online-callback';
    case 'rehandling':
      return 'rehandling';
    case 'handling':
      if (!subject.type) throw missing('type', 'a handling deadline depends on the request type (R17.1)');
      return subject.type === 'consultation' ? 'handling-consultation' : 'handling-other';
    case 'supervision':
      if (!subject.supervisionMethod) throw missing('supervisionMethod', 'a supervision limit depends on the method');
      return subject.supervisionMethod === 'system' ? 'supervision-system' : 'supervision-other';
  }
}

function missing(path: string, message: string): InvalidDomainInputError {
  return new InvalidDomainInputError('cannot compute deadline', [{ path, message }]);
}

function calendarOf(rules: DeadlineRules): WorkingDayCalendar {
  return rules.calendar ?? seededCalendar();
}

/**
 * The deadline of `kind` for a period that starts at `from` (dispatch, signing, callback, case opening):
 * the starting day is not counted, the period ends at 24:00 Beijing time of the Nth working day after it.
 */
export function deadline(
  kind: DeadlineKind,
  from: Date,
  subject: DeadlineSubject = {},
  rules: DeadlineRules = {},
): ComputedDeadline {
  const policy = (rules.policy ?? TimeLimitPolicy.regulation()).get(policyKeyOf(kind, subject));
  const { due, provisional } = calendarOf(rules).deadlineAfterWorkingDays(from, policy.value);
  return {
    kind,
    from,
    due,
    lastDay: dayToIsoDate(lastDayOfPeriod(due)),
    display: formatDue(due),
    provisional,
    workingDays: policy.value,
    policy,
  };
}

const EXTENSION_LIMITS: Partial<Record<DeadlineKind, { max: TimeLimitKey; requirement: 'R17.2' | 'R23.2' }>> = {
  handling: { max: 'extension-max', requirement: 'R17.2' },
  supervision: { max: 'supervision-extension-max', requirement: 'R23.2' },
};

/**
 * An approved extension: the period goes on for `workingDays` more working days after its last day.
 * Only the handling limit (R17.2, at most 5) and a supervision case (R23.2, at most 10) can be extended.
 */
export function extendDeadline(
  original: ComputedDeadline,
  workingDays: number,
  rules: DeadlineRules = {},
): ComputedDeadline {
  const limits = EXTENSION_LIMITS[original.kind];
  if (!limits) {
    throw new RegulationViolationError('R17.2', `a ${original.kind} deadline cannot be extended`, {
      kind: original.kind,
    });
  }
  const policy = (rules.policy ?? TimeLimitPolicy.regulation()).get(limits.max);
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > policy.value) {
    throw new RegulationViolationError(
      limits.requirement,
      `an extension is 1 to ${policy.value} working days, not ${workingDays}`,
      { maxWorkingDays: policy.value, policy },
    );
  }
  const { due, provisional } = calendarOf(rules).extendDeadline(original.due, workingDays);
  return {
    ...original,
    due,
    lastDay: dayToIsoDate(lastDayOfPeriod(due)),
    display: formatDue(due),
    provisional: original.provisional || provisional,
    workingDays: original.workingDays + workingDays,
    extension: { workingDays, policy, originalDue: original.due },
  };
}

/**
 * The same deadline computed again with another calendar (e.g. after a new year's notice is loaded, for
 * deadlines that were provisional). The policy value recorded in the deadline is kept, not looked up again.
 */
export function recomputeDeadline(computed: ComputedDeadline, rules: DeadlineRules = {}): ComputedDeadline {
  const calendar = calendarOf(rules);
  const base = calendar.deadlineAfterWorkingDays(computed.from, computed.policy.value);
  const extension = computed.extension;
  const result = extension ? calendar.extendDeadline(base.due, extension.workingDays) : base;
  return {
    ...computed,
    due: result.due,
    lastDay: dayToIsoDate(lastDayOfPeriod(result.due)),
    display: formatDue(result.due),
    provisional: base.provisional || result.provisional,
    ...(extension ? { extension: { ...extension, originalDue: base.due } } : {}),
  };
}

/** What signing starts (again after a re-dispatch: the limits always count from the latest signing). */
export function deadlinesAfterSigning(
  signedAt: Date,
  subject: DeadlineSubject,
  rules: DeadlineRules = {},
): { readonly returnWindow: ComputedDeadline; readonly handling: ComputedDeadline } {
  return {
    returnWindow: deadline('return-window', signedAt, subject, rules),
    handling: deadline('handling', signedAt, subject, rules),
  };
}

/** Overdue from the due instant on: a step at 23:59:59.999 of the last day is in time, one at 24:00 is not. */
export function isOverdue(subject: { readonly due: Date }, now: Date): boolean {
  return now.getTime() >= subject.due.getTime();
}

export function remainingWorkingTime(
  subject: { readonly due: Date },
  now: Date,
  rules: DeadlineRules = {},
): RemainingWorkingTime {
  return calendarOf(rules).remainingWorkingTime(subject.due, now);
}

/** The shape the API shows: ISO instants with +08:00, the last day and the human form. */
export interface DeadlineView {
  readonly kind: DeadlineKind;
  readonly due: string;
  readonly lastDay: IsoDate;
  readonly display: string;
  readonly provisional: boolean;
  readonly workingDays: number;
  readonly policy: PolicyValue;
  readonly extendedBy?: number;
}

export function toDeadlineView(computed: ComputedDeadline): DeadlineView {
  return {
    kind: computed.kind,
    due: toBeijingIso(computed.due),
    lastDay: computed.lastDay,
    display: computed.display,
    provisional: computed.provisional,
    workingDays: computed.workingDays,
    policy: computed.policy,
    ...(computed.extension ? { extendedBy: computed.extension.workingDays } : {}),
  };
}
