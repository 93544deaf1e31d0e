import { EntityManager } from 'typeorm';
import { beijingDay, formatWorkOrderNumber } from './work-order-number';
import { WorkOrderCounter } from './work-order-counter.entity';

/**
 * The next numbers of their Beijing days, one per instant, in the order given: one counter update per day
 * for the whole batch. The counter row's lock serialises concurrent intakes until they commit.
 */
export async function takeWorkOrderNumbers(manager: EntityManager, instants: Date[]): Promise<string[]> {
  const table = manager.getRepository(WorkOrderCounter).metadata.tablePath;
  const days = new Map<string, number>();
  for (const instant of instants) days.set(beijingDay(instant), (days.get(beijingDay(instant)) ?? 0) + 1);
  const nextOfDay = new Map<string, number>();
  for (const [day, count] of days) {
    const [{ last }]: Array<{ last: number }> = await manager.query(
      `INSERT INTO ${table} ("day", "last") VALUES ($1, $2)
       ON CONFLICT ("day") DO UPDATE SET "last" = ${table}."last" + EXCLUDED."last"
       RETURNING "last"`,
      [day, count],
    );
    nextOfDay.set(day, last - count + 1);
  }
  return instants.map((instant) => {
    const day = beijingDay(instant);
    const sequence = nextOfDay.get(day) ?? 0;
    nextOfDay.set(day, sequence + 1);
    return formatWorkOrderNumber(instant, sequence);
  });
}
