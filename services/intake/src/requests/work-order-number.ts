const BEIJING_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Beijing calendar day an instant falls on, as YYYYMMDD: work-order numbers count per day. */
export function beijingDay(instant: Date): string {
  return BEIJING_DATE.format(instant).replace(/-/g, '');
}

/** `XT` + Beijing date + six-digit sequence of the day, e.g. XT20261125000123. */
export function formatWorkOrderNumber(instant: Date, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999)
    throw new RangeError(`sequence ${sequence} out of range`);
  return `XT${beijingDay(instant)}${String(sequence).padStart(6, '0')}`;
}
