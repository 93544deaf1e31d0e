import { EntityManager } from 'typeorm';
import { beijingDay, formatWorkOrderNumber } from './work-order-number';
import { WorkOrderCounter } from './work-order-counter.entity';

/** Takes the next number of the Beijing day; the row lock serialises concurrent intakes. */
export async function nextWorkOrderNumber(manager: EntityManager, now: Date): Promise<string> {
  const day = beijingDay(now);
  const table = manager.getRepository(WorkOrderCounter).metadata.tablePath;
  const rows: Array<{ last: number }> = await manager.query(
    `INSERT INTO ${table} ("day", "last") VALUES ($1, 1)
     ON CONFLICT ("day") DO UPDATE SET "last" = ${table}."last" + 1
     RETURNING "last"`,
    [day],
  );
  return formatWorkOrderNumber(now, rows[0].last);
}
