import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Which rows of a register's month: one unit's, or every unit's. */
export interface MonthOfUnit {
  start: Date;
  end: Date;
  unitId?: string;
}

/** The columns (`alias.property`) a register section is paged by: when a row happened, its tie-break, its unit. */
export interface MonthColumns {
  at: string;
  id: string;
  unit: string;
}

/**
 * The query's rows whose `at` lies in the month, of the month's unit when it names one, oldest first: at most `take`,
 * and how many there are.
 */
export function rowsOfMonth<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  columns: MonthColumns,
  month: MonthOfUnit,
  take: number,
): Promise<[T[], number]> {
  query
    .andWhere(`${columns.at} >= :start AND ${columns.at} < :end`, month)
    .orderBy(columns.at, 'ASC')
    .addOrderBy(columns.id, 'ASC')
    .take(take);
  if (month.unitId) query.andWhere(`${columns.unit} = :unitId`, { unitId: month.unitId });
  return query.getManyAndCount();
}
