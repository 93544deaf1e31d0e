import { sqlMigration } from '@hotline/persistence';

/**
 * R24.1 the report model is folded in batches after the events' transactions rather than inside them. Each timeline
 * entry records the transaction that wrote it; the folder keeps the first transaction it has not folded yet, and folds
 * the entries of the transactions below the oldest one still running (those are all committed or gone). Entries
 * written before this migration have none: the live fold had folded them. A BRIN index: the ids only grow.
 */
export const ReportFoldCursor1767600000001 = sqlMigration('ReportFoldCursor1767600000001', {
  up: (schema) => [
    `ALTER TABLE ${schema}."timeline_entries" ADD COLUMN "written_by_xact" bigint`,
    `ALTER TABLE ${schema}."timeline_entries" ALTER COLUMN "written_by_xact" SET DEFAULT ((pg_current_xact_id())::text)::bigint`,
    `CREATE INDEX "IDX_timeline_entries_written_by_xact" ON ${schema}."timeline_entries" USING brin ("written_by_xact")`,
    `CREATE TABLE ${schema}."report_fold_cursor" (
      "id" smallint NOT NULL,
      "next_xact" bigint NOT NULL,
      CONSTRAINT "PK_report_fold_cursor" PRIMARY KEY ("id"))`,
    `INSERT INTO ${schema}."report_fold_cursor" ("id", "next_xact") VALUES (1, 0)`,
  ],
  down: (schema) => [
    `DROP TABLE ${schema}."report_fold_cursor"`,
    `DROP INDEX ${schema}."IDX_timeline_entries_written_by_xact"`,
    `ALTER TABLE ${schema}."timeline_entries" DROP COLUMN "written_by_xact"`,
  ],
});
