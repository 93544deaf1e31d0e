import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@hotline/calendar';
import { Actor, DutyInput, DutyView, RosterDutyScheduled } from '@hotline/contracts';
import { assertDutyFits, InvalidDomainInputError, tryIsoDateToDay } from '@hotline/domain';
import { OutboxWriter, Transactions } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { dutyOf, toDutyView } from './duty-view';
import { RosterDuty } from './roster-duty.entity';
import { RosterRepository } from './roster.repository';

export class ScheduleDutyCommand {
  constructor(
    readonly duty: DutyInput,
    readonly actor: Actor,
    readonly now: Date,
  ) {}
}

/**
 * POST /api/v1/rosters (R11.1): a supervisor puts a leader's answering day or a unit head's rotation day on the
 * roster. The day's entries are read under the day's lock, and an entry that conflicts with them or with the
 * calendar is refused (422, `dutyConflicts` of @hotline/domain); the entry and its event commit together.
 */
@Injectable()
export class ScheduleDutyUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly roster: RosterRepository,
    private readonly outbox: OutboxWriter,
    private readonly calendar: WorkingCalendar,
  ) {}

  async execute({ duty: input, actor, now }: ScheduleDutyCommand): Promise<DutyView> {
    if (tryIsoDateToDay(input.date) === undefined)
      throw new InvalidDomainInputError(`date ${input.date} is no day of the calendar`, [
        { path: 'date', message: 'must be a day of the calendar, YYYY-MM-DD' },
      ]);
    const row: RosterDuty = {
      id: randomUUID(),
      kind: input.kind,
      date: input.date,
      person: input.person.trim(),
      unitId: input.unitId ?? null,
      slotFrom: input.from ?? null,
      slotUntil: input.until ?? null,
      note: input.note ?? null,
      createdAt: now,
      createdBy: actor.id,
    };
    const working = this.calendar.current.isWorkingDay(input.date);
    return this.transactions.run(async (manager) => {
      await this.roster.lockDay(manager, row.date);
      const sameDay = (await this.roster.ofDay(manager, row.date)).map(dutyOf);
      const duty = dutyOf(row);
      assertDutyFits(duty, sameDay, { working });
      await this.roster.insert(manager, row);
      await this.outbox.add(manager, RosterDutyScheduled, { dutyId: row.id, ...duty }, { actor, occurredAt: now });
      return toDutyView(row);
    });
  }
}
