import { seededCalendar } from '@hotline/domain';
import { calendarYearView } from './calendar-year-view';

describe('calendarYearView', () => {
  const view = calendarYearView(seededCalendar(), 2026);

  it('says a seeded year is published by its notice', () => {
    expect(view).toMatchObject({ year: 2026, published: true, source: 'notice' });
    expect(view.notice).toMatchObject({ year: 2026, document: '国办发明电〔2025〕7号' });
  });

  it('lists National Day 2026 as days off and the make-up Sunday 2026-09-20 as a working day (国办发明电〔2025〕7号)', () => {
    const byDate = new Map(view.specialDays.map((day) => [day.date, day]));
    expect(byDate.get('2026-10-01')).toMatchObject({ working: false, kind: 'holiday', provisional: false });
    expect(byDate.get('2026-09-20')).toMatchObject({ working: true, kind: 'make-up-workday' });
    expect(byDate.has('2026-11-25')).toBe(false);
  });

  it('counts working days consistently with the calendar', () => {
    const calendar = seededCalendar();
    let count = 0;
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        const date = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        if (
          !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
          new Date(`${date}T00:00:00Z`).getUTCMonth() + 1 === month &&
          calendar.isWorkingDay(date)
        )
          count++;
      }
    }
    expect(view.workingDays).toBe(count);
  });
});
