import { SEEDED_HOLIDAY_NOTICES } from './seed/holiday-notices.seed';
import { WorkingDayCalendar, type WorkingDaysResult } from './working-day-calendar';

let seeded: WorkingDayCalendar | undefined;

/**
 * The calendar built from the checked-in seed (the notices published when this library was built).
 * Services that load later notices from their database build their own with WorkingDayCalendar.fromNotices.
 */
export function seededCalendar(): WorkingDayCalendar {
  seeded ??= WorkingDayCalendar.fromNotices(SEEDED_HOLIDAY_NOTICES);
  return seeded;
}

/** The end of N working days after `start` by the seeded calendar (Civil Code Art. 201–203, Beijing time). */
export function deadlineAfterWorkingDays(start: Date, workingDays: number): WorkingDaysResult {
  return seededCalendar().deadlineAfterWorkingDays(start, workingDays);
}
