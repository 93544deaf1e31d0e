import { Injectable } from '@nestjs/common';
import { quotedTable } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { WorkOrderCounter } from './work-order-counter.entity';
import { beijingDay, formatWorkOrderNumber } from './work-order-number';

/** The daily counters of work-order numbers (`work_order_counters`). */
@Injectable()
export class WorkOrderCounterRepository {
  /**
   * The next numbers of their Beijing days, one per instant, in the order given: one counter update per day
   * for the whole batch. The counter row's lock serialises concurrent intakes until they commit.
   */
  async takeNumbers(manager: EntityManager, instants: Date[]): Promise<string[]> {
    const days = new Map<string, number>();
    for (const instant of instants) days.set(beijingDay(instant), (days.get(beijingDay(instant)) ?? 0) + 1);
    const nextOfDay = new Map<string, number>();
    for (const [day, count] of days) nextOfDay.set(day, (await this.advance(manager, day, count)) - count + 1);
    return instants.map((instant) => {
      const day = beijingDay(instant);
      const sequence = nextOfDay.get(day) ?? 0;
      nextOfDay.set(day, sequence + 1);
      return formatWorkOrderNumber(instant, sequence);
    });
  }

  /** Moves the day's counter on by `count` and answers its new last sequence. */
  private async advance(manager: EntityManager, day: string, count: number): Promise<number> {
    const table = quotedTable(manager, WorkOrderCounter);
    const [{ last }]: Array<Pick<WorkOrderCounter, 'last'>> = await manager.query(
      `INSERT INTO ${table} ("day", "last") VALUES ($1, $2)
       ON CONFLICT ("day") DO UPDATE SET "last" = ${table}."last" + EXCLUDED."last"
       RETURNING "last"`,
      [day, count],
    );
    return last;
  }
}
