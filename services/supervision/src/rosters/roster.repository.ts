import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DutyKind } from '@hotline/domain';
import { insertRows } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { RosterDuty } from './roster-duty.entity';

export interface RosterFilter {
  from: string;
  to: string;
  kind?: DutyKind;
  unitId?: string;
}

/** The duty roster (R11.1): every query of `roster_duties`. */
@Injectable()
export class RosterRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Takes the day for this transaction, so that two entries of one day are checked against each other in turn. */
  async lockDay(manager: EntityManager, date: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('roster_duties:' || $1))`, [date]);
  }

  ofDay(manager: EntityManager, date: string): Promise<RosterDuty[]> {
    return manager.find(RosterDuty, { where: { date }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The entries from `from` to `to` (days, both included), by day and slot. */
  between(filter: RosterFilter, manager: EntityManager = this.dataSource.manager): Promise<RosterDuty[]> {
    const query = manager
      .getRepository(RosterDuty)
      .createQueryBuilder('d')
      .where('d.date BETWEEN :from AND :to', { from: filter.from, to: filter.to })
      .orderBy('d.date', 'ASC')
      .addOrderBy('d.slot_from', 'ASC', 'NULLS FIRST')
      .addOrderBy('d.id', 'ASC');
    if (filter.kind) query.andWhere('d.kind = :kind', { kind: filter.kind });
    if (filter.unitId) query.andWhere('d.unit_id = :unitId', { unitId: filter.unitId });
    return query.getMany();
  }

  async insert(manager: EntityManager, duty: RosterDuty): Promise<void> {
    await insertRows(manager, RosterDuty, [duty]);
  }
}
