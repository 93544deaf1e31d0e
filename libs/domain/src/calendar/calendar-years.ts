/** The years the working-day calendar counts, and a State Council notice may be loaded for. */
export const CALENDAR_YEARS = { first: 2000, last: 2100 } as const;

/** What a year outside them must be, in every refusal of it. */
export const CALENDAR_YEAR_PROBLEM = `must be a whole year between ${CALENDAR_YEARS.first} and ${CALENDAR_YEARS.last}`;

export function isCalendarYear(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= CALENDAR_YEARS.first &&
    value <= CALENDAR_YEARS.last
  );
}
