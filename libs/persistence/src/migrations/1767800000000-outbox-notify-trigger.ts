import { sqlMigration } from './sql-migration';

/**
 * The outbox wakes its relay itself: a statement that inserts events notifies `hotline_outbox_<schema>`
 * (outboxChannel) once, when its transaction commits, instead of each writer sending a pg_notify of its own.
 */
export const OutboxNotifyTrigger1767800000000 = sqlMigration('OutboxNotifyTrigger1767800000000', {
  up: (schema) => [
    `CREATE FUNCTION ${schema}."outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('hotline_outbox_' || TG_TABLE_SCHEMA, '');
        RETURN NULL;
      END $$`,
    `CREATE TRIGGER "TRG_outbox_notify" AFTER INSERT ON ${schema}."outbox"
      FOR EACH STATEMENT EXECUTE FUNCTION ${schema}."outbox_notify"()`,
  ],
  down: (schema) => [
    `DROP TRIGGER "TRG_outbox_notify" ON ${schema}."outbox"`,
    `DROP FUNCTION ${schema}."outbox_notify"()`,
  ],
});
