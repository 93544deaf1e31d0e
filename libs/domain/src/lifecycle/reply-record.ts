import { RegulationViolationError } from '../errors/domain-error';
import { beijingDayOf, dayToIsoDate, tryIsoDateToDay } from '../time/beijing-time';
import type { CallbackRecord, ContactContradiction, UnitReply } from './work-order';

/** How far a device's clock may run ahead of the platform's before a handling time counts as in the future. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * R18.1: the reply records when the matter was handled ("办理时间"): a moment that has passed, never a promise. A time
 * later than now (beyond the skew of a unit's clock) would be a false record.
 */
export function assertHandledInThePast(handledAt: Date, now: Date): void {
  if (handledAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new RegulationViolationError(
      'R18.1',
      `handledAt ${handledAt.toISOString()} lies in the future: record when the matter was handled`,
      {
        field: 'handledAt',
        now: now.toISOString(),
      },
    );
  }
}

/**
 * R18.2: a matter that cannot be solved yet carries "明确的解决期限", a definite date for solving it. A date that
 * has already come (today in Beijing or earlier) promises nothing, so the date lies after the day of the reply.
 */
export function assertPlanDateInFuture(planDate: string | undefined, now: Date): void {
  if (planDate === undefined) return;
  const day = tryIsoDateToDay(planDate);
  if (day === undefined) {
    throw new RegulationViolationError('R18.2', 'planDate is a date YYYY-MM-DD', { field: 'planDate' });
  }
  const today = beijingDayOf(now);
  if (day <= today) {
    throw new RegulationViolationError(
      'R18.2',
      `planDate ${planDate} must lie in the future (after ${dayToIsoDate(today)})`,
      {
        field: 'planDate',
        today: dayToIsoDate(today),
      },
    );
  }
}

/**
 * R18.1/R20.1, Art. 26(3): the unit's reply says it contacted the caller and the callback finds that it did not.
 * That is a reply which contradicts the callback, recorded on the work order as evidence for accountability.
 * The other way round (no contact claimed, the caller says there was one) contradicts nothing the unit claimed.
 */
export function contactContradictionOf(
  reply: (Pick<UnitReply, 'callerContacted'> & { readonly submittedAt: Date }) | undefined,
  callback: Pick<CallbackRecord, 'contacted' | 'recordedAt'>,
): ContactContradiction | undefined {
  if (!reply || reply.callerContacted !== true || callback.contacted !== false) return undefined;
  return {
    replyCallerContacted: true,
    callbackContacted: false,
    replySubmittedAt: reply.submittedAt,
    callbackRecordedAt: callback.recordedAt,
    requirements: ['R18.1', 'R20.1', 'R26.1'],
  };
}
