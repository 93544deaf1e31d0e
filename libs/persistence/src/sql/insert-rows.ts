import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { quotedTable } from './quoted-table';

/**
 * One multi-row INSERT built from an entity's column metadata, without TypeORM's query builder (the largest
 * library in the CPU profiles of the paths every request and every event take). Values are bound parameters; a column a row leaves undefined takes its DEFAULT. `tail` is what follows the
 * VALUES, e.g. `ON CONFLICT DO NOTHING RETURNING id`.
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Array<Partial<T>>,
  tail = '',
): Promise<Array<Record<string, unknown>>> {
  if (rows.length === 0) return [];
  const metadata = manager.connection.getMetadata(target);
  const columns = metadata.columns.filter((column) => rows.some((row) => column.getEntityValue(row) !== undefined));
  const parameters: unknown[] = [];
  const values = rows.map((row) => {
    const cells = columns.map((column) => {
      const value: unknown = column.getEntityValue(row);
      if (value === undefined) return 'DEFAULT';
      // node-postgres would send a JavaScript array as a Postgres array: JSON is serialised here.
      parameters.push(
        value !== null && (column.type === 'jsonb' || column.type === 'json') ? JSON.stringify(value) : value,
      );
      return `$${parameters.length}`;
    });
    return `(${cells.join(', ')})`;
  });
  const names = columns.map((column) => manager.connection.driver.escape(column.databaseName)).join(', ');
  const result: unknown = await manager.query(
    `INSERT INTO ${quotedTable(manager, target)} (${names}) VALUES ${values.join(', ')} ${tail}`,
    parameters,
  );
  return Array.isArray(result) ? (result as Array<Record<string, unknown>>) : [];
}

/**
 * Inserts one row unless it conflicts with one already there (`conflict`: the arbiter, e.g. `("code")`; every unique
 * constraint without it); true when the row is new, false when it was there already and nothing was written.
 */
export async function insertOnce<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: Partial<T>,
  conflict = '',
): Promise<boolean> {
  const tail = conflict ? `ON CONFLICT ${conflict} DO NOTHING RETURNING 1` : 'ON CONFLICT DO NOTHING RETURNING 1';
  const inserted = await insertRows(manager, target, [row], tail);
  return inserted.length === 1;
}
