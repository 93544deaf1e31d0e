import { Injectable } from '@nestjs/common';
import { DutyView, ROSTER_QUERY_MAX_DAYS, RosterQuery } from '@hotline/contracts';
import { beijingDayOf, dayToIsoDate, InvalidDomainInputError, type InputIssue, tryIsoDateToDay } from '@hotline/domain';
import { toDutyView } from './duty-view';
import { RosterRepository } from './roster.repository';

export class ListRosterCommand {
  constructor(
    readonly query: RosterQuery,
    readonly now: Date,
  ) {}
}

/**
 * GET /api/v1/rosters (R11.1): the entries of one day (`date`), or of the days from `from` to `to` (at most 366),
 * in order of day and slot; without any of them, the next 31 days from today (Beijing).
 */
@Injectable()
export class ListRosterUseCase {
  constructor(private readonly roster: RosterRepository) {}

  async execute({ query, now }: ListRosterCommand): Promise<{ items: DutyView[] }> {
    const { from, to } = spanOf(query, beijingDayOf(now));
    const rows = await this.roster.between({
      from: dayToIsoDate(from),
      to: dayToIsoDate(to),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.unitId ? { unitId: query.unitId } : {}),
    });
    return { items: rows.map(toDutyView) };
  }
}

function spanOf(query: RosterQuery, today: number): { from: number; to: number } {
  const issues: InputIssue[] = [];
  const day = (field: 'date' | 'from' | 'to'): number | undefined => {
    if (query[field] === undefined) return undefined;
    const parsed = tryIsoDateToDay(query[field]);
    if (parsed === undefined) issues.push({ path: field, message: 'must be a day of the calendar, YYYY-MM-DD' });
    return parsed;
  };
  const [date, from, to] = [day('date'), day('from'), day('to')];
  if (date !== undefined && (from !== undefined || to !== undefined))
    issues.push({ path: 'date', message: 'asks for one day: give date, or from and to' });
  const span = date !== undefined ? { from: date, to: date } : { from: from ?? today, to: to ?? (from ?? today) + 30 };
  if (span.to < span.from) issues.push({ path: 'to', message: 'must not be before from' });
  else if (span.to - span.from >= ROSTER_QUERY_MAX_DAYS)
    issues.push({ path: 'to', message: `at most ${ROSTER_QUERY_MAX_DAYS} days from from` });
  if (issues.length > 0) throw new InvalidDomainInputError('the roster asked for', issues);
  return span;
}
