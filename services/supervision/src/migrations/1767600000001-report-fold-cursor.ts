import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * R24.1 the report model is folded in batches after the events' transactions rather than inside them. Each timeline
 * entry records the transaction that wrote it; the folder keeps the first transaction it has not folded yet, and folds
 * the entries of the transactions below the oldest one still running (those are all committed or gone). Entries
 * written before this migration have none: the live fold had folded them. A BRIN index: the ids only grow.
 */
export class ReportFoldCursor1767600000001 implements MigrationInterface {
  name = 'ReportFoldCursor1767600000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."timeline_entries" ADD COLUMN "written_by_xact" bigint`);
    await runner.query(
      `ALTER TABLE ${s}."timeline_entries" ALTER COLUMN "written_by_xact" SET DEFAULT ((pg_current_xact_id())::text)::bigint`,
    );
    await runner.query(
      `CREATE INDEX "IDX_timeline_entries_written_by_xact" ON ${s}."timeline_entries" USING brin ("written_by_xact")`,
    );
    await runner.query(`CREATE TABLE ${s}."report_fold_cursor" (
      "id" smallint NOT NULL,
      "next_xact" bigint NOT NULL,
      CONSTRAINT "PK_report_fold_cursor" PRIMARY KEY ("id"))`);
    await runner.query(`INSERT INTO ${s}."report_fold_cursor" ("id", "next_xact") VALUES (1, 0)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP TABLE ${s}."report_fold_cursor"`);
    await runner.query(`DROP INDEX ${s}."IDX_timeline_entries_written_by_xact"`);
    await runner.query(`ALTER TABLE ${s}."timeline_entries" DROP COLUMN "written_by_xact"`);
  }
}
