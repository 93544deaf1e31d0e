import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Every column of an entity under its property name (`work_order_id AS "workOrderId"`), for hand-written SQL that
 * returns whole rows: a column added to the entity cannot be missing from the statement.
 */
export function entityColumns(source: DataSource | EntityManager, entity: EntityTarget<ObjectLiteral>): string {
  const dataSource = source instanceof EntityManager ? source.connection : source;
  return dataSource
    .getMetadata(entity)
    .columns.map(({ databaseName, propertyName }) => `"${databaseName}" AS "${propertyName}"`)
    .join(', ');
}
