import { seededCalendar } from '../calendar/default-calendar';
import { RegulationViolationError } from '../errors/domain-error';
import type { SupervisionMethod } from '../reference/supervision';
import { type ComputedDeadline, deadline, type DeadlineRules } from '../time-limits/deadlines';
import { dayToIsoDate, formatDue, lastDayOfPeriod } from '../time/beijing-time';

/**
 * R23.2 the limit of a supervision case: the supervisor sets it, at most 5 working days for system supervision and
 * 10 for the other methods (the maximum when none is set). Counted like every limit: the opening day is not counted.
 */
export function supervisionLimit(
  from: Date,
  method: SupervisionMethod,
  workingDays: number | undefined,
  rules: DeadlineRules = {},
): ComputedDeadline {
  const maximum = deadline('supervision', from, { supervisionMethod: method }, rules);
  const days = workingDays ?? maximum.workingDays;
  if (!Number.isInteger(days) || days < 1 || days > maximum.workingDays) {
    throw new RegulationViolationError(
      'R23.2',
      `the limit of a ${method} supervision case is 1 to ${maximum.workingDays} working days, not ${String(days)}`,
      { maxWorkingDays: maximum.workingDays, policy: maximum.policy },
    );
  }
  if (days === maximum.workingDays) return maximum;
  const { due, provisional } = (rules.calendar ?? seededCalendar()).deadlineAfterWorkingDays(from, days);
  return {
    ...maximum,
    due,
    lastDay: dayToIsoDate(lastDayOfPeriod(due)),
    display: formatDue(due),
    provisional,
    workingDays: days,
  };
}
