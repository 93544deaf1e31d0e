import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * R14.1: the timeline is the record of every step, read back whole; the database itself refuses to rewrite or
 * remove an entry (as knowledge does for article versions). New entries are only ever inserted.
 */
export class AppendOnlyTimeline1765150000001 implements MigrationInterface {
  name = 'AppendOnlyTimeline1765150000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE FUNCTION ${s}."refuse_timeline_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the timeline is append-only: % on timeline_entries is refused', TG_OP; END $$`);
    await runner.query(`CREATE TRIGGER "timeline_entries_append_only" BEFORE UPDATE OR DELETE ON ${s}."timeline_entries"
      FOR EACH ROW EXECUTE FUNCTION ${s}."refuse_timeline_change"()`);
    await runner.query(`CREATE TRIGGER "timeline_entries_no_truncate" BEFORE TRUNCATE ON ${s}."timeline_entries"
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}."refuse_timeline_change"()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP TRIGGER "timeline_entries_no_truncate" ON ${s}."timeline_entries"`);
    await runner.query(`DROP TRIGGER "timeline_entries_append_only" ON ${s}."timeline_entries"`);
    await runner.query(`DROP FUNCTION ${s}."refuse_timeline_change"()`);
  }
}
