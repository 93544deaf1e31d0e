import { QueryRunner } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/** The schema a migration writes into: the service's own, taken from its data source. */
export function schemaOfRunner(runner: QueryRunner): string {
  const schema = (runner.connection.options as PostgresConnectionOptions).schema;
  if (!schema) throw new Error('A service data source must name its schema');
  return `"${schema}"`;
}
