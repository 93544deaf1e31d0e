import { CalendarYearView } from '@hotline/contracts';
import { dayToIsoDate, isoDateToDay, WorkingDayCalendar } from '@hotline/domain';

/** A year as the calendar counts it: working-day total, and every day that is not ordinary. */
export function calendarYearView(calendar: WorkingDayCalendar, year: number): CalendarYearView {
  const first = isoDateToDay(`${year}-01-01`);
  const last = isoDateToDay(`${year}-12-31`);
  let workingDays = 0;
  const specialDays: CalendarYearView['specialDays'] = [];
  for (let day = first; day <= last; day++) {
    const info = calendar.day(dayToIsoDate(day));
    if (info.working) workingDays += 1;
    if (info.kind !== 'workday' && info.kind !== 'weekend') {
      specialDays.push({
        date: info.date,
        working: info.working,
        kind: info.kind,
        ...(info.name ? { name: info.name } : {}),
        provisional: info.provisional,
        basis: info.basis,
      });
    }
  }
  const notice = calendar.noticeOf(year);
  return {
    year,
    published: calendar.isPublished(year),
    source: notice ? 'notice' : 'statutory-fallback',
    notice: notice ? { ...notice } : null,
    workingDays,
    specialDays,
  };
}
