import { RegulationViolationError } from '../errors/domain-error';
import type { IsoDate } from '../time/beijing-time';

/**
 * Art. 11: 领导接听日 — a leader of the city government answers calls at the hotline on a day; 部门负责人轮值日 — the head
 * of a handling unit (承办单位负责人) takes a rotation at the hotline on a day.
 */
export const DUTY_KINDS = ['leader-answering', 'unit-rotation'] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

/** A time of day in Beijing, 'HH:MM' (00:00–24:00). */
export type DutyTime = string;

/** One entry of the roster (R11.1). A slot of the day, `from` before `until`; the whole working day when absent. */
export interface Duty {
  readonly kind: DutyKind;
  readonly date: IsoDate;
  /** who answers or rotates: a name with its post, e.g. '副市长 王某' */
  readonly person: string;
  /** the handling unit a rotating head comes from; a leader of the city government names none */
  readonly unitId?: string;
  readonly from?: DutyTime;
  readonly until?: DutyTime;
}

/** What the rules need to know of the day a duty falls on. */
export interface DutyDay {
  readonly working: boolean;
}

const WHOLE_DAY = { from: 0, until: 24 * 60 } as const;
const TIME = /^([01][0-9]|2[0-3]):([0-5][0-9])$|^24:00$/;

export const DUTY_TIME_PATTERN = TIME;

function minutesOf(time: DutyTime): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The slot of a duty in minutes of its day: the whole day when it names none. */
export function slotOf(duty: Pick<Duty, 'from' | 'until'>): { from: number; until: number } {
  return {
    from: duty.from ? minutesOf(duty.from) : WHOLE_DAY.from,
    until: duty.until ? minutesOf(duty.until) : WHOLE_DAY.until,
  };
}

function overlaps(a: Duty, b: Duty): boolean {
  const x = slotOf(a);
  const y = slotOf(b);
  return x.from < y.until && y.from < x.until;
}

const samePerson = (a: Duty, b: Duty): boolean =>
  a.person.replace(/\s+/g, '').toLowerCase() === b.person.replace(/\s+/g, '').toLowerCase();

/**
 * R11.1 the problems of a new roster entry against the entries of the same day (none: it may be scheduled).
 * - a slot starts before it ends, and the two kinds name their unit as Art. 11 says: a rotation its unit (承办单位),
 *   a leader's answering day none (市人民政府领导);
 * - one person is on the roster once a day;
 * - one leader answers at a time: two leaders' answering slots of a day do not overlap;
 * - a unit sends its head once a day;
 * - a unit head's rotation (轮值日) is a working day of the hotline's calendar.
 */
export function dutyConflicts(duty: Duty, sameDay: readonly Duty[], day: DutyDay): string[] {
  const problems: string[] = [];
  const slot = slotOf(duty);
  if ((duty.from === undefined) !== (duty.until === undefined))
    problems.push('a slot names both from and until, or neither (the whole day)');
  else if (slot.from >= slot.until) problems.push(`the slot ${duty.from}–${duty.until} ends before it starts`);
  if (duty.kind === 'unit-rotation' && !duty.unitId)
    problems.push("a unit head's rotation (轮值) names the unit (unitId) the head comes from");
  if (duty.kind === 'leader-answering' && duty.unitId)
    problems.push("a leader's answering day (领导接听日) is the city government's: it names no unitId");
  const others = sameDay.filter((other) => other.date === duty.date);
  if (others.some((other) => samePerson(other, duty)))
    problems.push(`${duty.person} is already on the roster of ${duty.date}`);
  if (duty.kind === 'leader-answering') {
    const clash = others.find((other) => other.kind === 'leader-answering' && overlaps(other, duty));
    if (clash) problems.push(`${clash.person} already answers at the hotline in that time of ${duty.date}`);
  }
  if (duty.kind === 'unit-rotation' && others.some((o) => o.kind === 'unit-rotation' && o.unitId === duty.unitId))
    problems.push(`unit ${duty.unitId} already has its head on rotation on ${duty.date}`);
  if (duty.kind === 'unit-rotation' && !day.working)
    problems.push(`${duty.date} is not a working day: a unit head's rotation (轮值日) falls on working days`);
  return problems;
}

/** R11.1 refuses (422) a roster entry that conflicts with the day's roster or the calendar (`dutyConflicts`). */
export function assertDutyFits(duty: Duty, sameDay: readonly Duty[], day: DutyDay): void {
  const problems = dutyConflicts(duty, sameDay, day);
  if (problems.length > 0)
    throw new RegulationViolationError('R11.1', `the roster entry conflicts: ${problems.join('; ')}`, { problems });
}

/** Who is on duty at an instant's day: the leaders answering and the unit heads rotating (R11.1). */
export interface OnDuty {
  readonly date: IsoDate;
  readonly leaders: readonly Duty[];
  readonly rotations: readonly Duty[];
}

/** The day's roster grouped by kind, leaders by their slot. */
export function onDutyOf(date: IsoDate, duties: readonly Duty[]): OnDuty {
  const ofDay = duties.filter((duty) => duty.date === date);
  const bySlot = (a: Duty, b: Duty): number => slotOf(a).from - slotOf(b).from;
  return {
    date,
    leaders: ofDay.filter((duty) => duty.kind === 'leader-answering').sort(bySlot),
    rotations: ofDay.filter((duty) => duty.kind === 'unit-rotation').sort(bySlot),
  };
}
