import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from './schema-of-runner';

/**
 * The outbox wakes its relay itself: a statement that inserts events notifies `hotline_outbox_<schema>`
 * (outboxChannel) once, when its transaction commits, instead of each writer sending a pg_notify of its own.
 */
export class OutboxNotifyTrigger1767800000000 implements MigrationInterface {
  name = 'OutboxNotifyTrigger1767800000000';

  async up(runner: QueryRunner): Promise<void> {
    const schema = schemaOfRunner(runner);
    await runner.query(`CREATE FUNCTION ${schema}."outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('hotline_outbox_' || TG_TABLE_SCHEMA, '');
        RETURN NULL;
      END $$`);
    await runner.query(`CREATE TRIGGER "TRG_outbox_notify" AFTER INSERT ON ${schema}."outbox"
      FOR EACH STATEMENT EXECUTE FUNCTION ${schema}."outbox_notify"()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const schema = schemaOfRunner(runner);
    await runner.query(`DROP TRIGGER "TRG_outbox_notify" ON ${schema}."outbox"`);
    await runner.query(`DROP FUNCTION ${schema}."outbox_notify"()`);
  }
}
