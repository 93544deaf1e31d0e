import { DutyView, OnDutyView } from '@hotline/contracts';
import { Duty, onDutyOf } from '@hotline/domain';
import { RosterDuty } from './roster-duty.entity';

/** A stored entry as the domain's rules see it. */
export function dutyOf(row: RosterDuty): Duty {
  return {
    kind: row.kind,
    date: row.date,
    person: row.person,
    ...(row.unitId ? { unitId: row.unitId } : {}),
    ...(row.slotFrom ? { from: row.slotFrom } : {}),
    ...(row.slotUntil ? { until: row.slotUntil } : {}),
  };
}

export function toDutyView(row: RosterDuty): DutyView {
  return {
    id: row.id,
    ...dutyOf(row),
    ...(row.note ? { note: row.note } : {}),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

/** Who is on duty on `date` (R11.1), from the entries of that day; null when nobody is. */
export function onDutyViewOf(date: string, rows: readonly RosterDuty[]): OnDutyView | null {
  const views = new Map<Duty, DutyView>(rows.map((row) => [dutyOf(row), toDutyView(row)]));
  const grouped = onDutyOf(date, [...views.keys()]);
  if (grouped.leaders.length === 0 && grouped.rotations.length === 0) return null;
  const view = (duty: Duty): DutyView => views.get(duty) as DutyView;
  return { date, leaders: grouped.leaders.map(view), rotations: grouped.rotations.map(view) };
}

/** The days of the entries that have someone on duty, in order. */
export function onDutyDaysOf(rows: readonly RosterDuty[]): OnDutyView[] {
  const dates = [...new Set(rows.map((row) => row.date))].sort();
  return dates.flatMap((date) => onDutyViewOf(date, rows) ?? []);
}
