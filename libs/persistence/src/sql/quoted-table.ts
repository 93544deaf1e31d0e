import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** An entity's table as hand-written SQL names it, schema-qualified and quoted (`"intake"."requests"`): the one spelling. */
export function quotedTable(source: DataSource | EntityManager, entity: EntityTarget<ObjectLiteral>): string {
  const dataSource = source instanceof EntityManager ? source.connection : source;
  return dataSource
    .getMetadata(entity)
    .tablePath.split('.')
    .map((part) => `"${part}"`)
    .join('.');
}
