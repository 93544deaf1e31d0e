import { Injectable } from '@nestjs/common';
import { OnDutyView } from '@hotline/contracts';
import { beijingDayOf, dayToIsoDate } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { onDutyDaysOf, onDutyViewOf } from './duty-view';
import { RosterRepository } from './roster.repository';

/** Who is on duty at the hotline (R11.1): on the day of an instant (a call's receipt), or on the days of a year. */
@Injectable()
export class OnDutyReader {
  constructor(private readonly roster: RosterRepository) {}

  /** The leaders answering and unit heads rotating on the Beijing day of `instant`; null when nobody is. */
  async atDayOf(manager: EntityManager, instant: Date): Promise<OnDutyView | null> {
    const date = dayToIsoDate(beijingDayOf(instant));
    return onDutyViewOf(date, await this.roster.ofDay(manager, date));
  }

  /** Every day of `year` with someone on duty, in order. */
  async ofYear(year: number): Promise<OnDutyView[]> {
    return onDutyDaysOf(await this.roster.between({ from: `${year}-01-01`, to: `${year}-12-31` }));
  }
}
