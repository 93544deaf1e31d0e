/** A work order's readable number: `XT` + Beijing date + six-digit sequence of the day. */
export const WORK_ORDER_NUMBER_PATTERN = /^XT\d{14}$/;
