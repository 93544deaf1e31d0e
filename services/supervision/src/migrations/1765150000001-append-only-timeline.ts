import { sqlMigration } from '@hotline/persistence';

/**
 * R14.1: the timeline is the record of every step, read back whole; the database itself refuses to rewrite or
 * remove an entry (as knowledge does for article versions). New entries are only ever inserted.
 */
export const AppendOnlyTimeline1765150000001 = sqlMigration('AppendOnlyTimeline1765150000001', {
  up: (schema) => [
    `CREATE FUNCTION ${schema}."refuse_timeline_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the timeline is append-only: % on timeline_entries is refused', TG_OP; END $$`,
    `CREATE TRIGGER "timeline_entries_append_only" BEFORE UPDATE OR DELETE ON ${schema}."timeline_entries"
      FOR EACH ROW EXECUTE FUNCTION ${schema}."refuse_timeline_change"()`,
    `CREATE TRIGGER "timeline_entries_no_truncate" BEFORE TRUNCATE ON ${schema}."timeline_entries"
      FOR EACH STATEMENT EXECUTE FUNCTION ${schema}."refuse_timeline_change"()`,
  ],
  down: (schema) => [
    `DROP TRIGGER "timeline_entries_no_truncate" ON ${schema}."timeline_entries"`,
    `DROP TRIGGER "timeline_entries_append_only" ON ${schema}."timeline_entries"`,
    `DROP FUNCTION ${schema}."refuse_timeline_change"()`,
  ],
});
