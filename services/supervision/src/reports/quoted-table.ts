import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** An entity's table, schema-qualified and quoted, for the report's hand-written SQL. */
export function quotedTable(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): string {
  return dataSource
    .getMetadata(entity)
    .tablePath.split('.')
    .map((part) => `"${part}"`)
    .join('.');
}
