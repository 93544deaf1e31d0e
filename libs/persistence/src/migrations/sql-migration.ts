import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from './schema-of-runner';

/** A migration's SQL both ways, given the quoted schema of the service that runs it. */
export interface MigrationStatements {
  up: (schema: string) => readonly string[];
  down: (schema: string) => readonly string[];
}

export type MigrationClass = new () => MigrationInterface;

/**
 * A migration that is only SQL, as the class TypeORM runs: its statements in order, in the service's schema. `name`
 * ends with the timestamp TypeORM orders migrations by, and is what the migrations table records as run.
 */
export function sqlMigration(name: string, statements: MigrationStatements): MigrationClass {
  return class implements MigrationInterface {
    readonly name = name;

    up(runner: QueryRunner): Promise<void> {
      return runInOrder(runner, statements.up(schemaOfRunner(runner)));
    }

    down(runner: QueryRunner): Promise<void> {
      return runInOrder(runner, statements.down(schemaOfRunner(runner)));
    }
  };
}

async function runInOrder(runner: QueryRunner, sql: readonly string[]): Promise<void> {
  for (const statement of sql) await runner.query(statement);
}
