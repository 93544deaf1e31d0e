import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * Issue 19: the deadline the watch keeps an eye on for one of our work orders lives on its listing row, written with
 * the snapshot it comes from (one row per step instead of two); `watched_deadlines` keeps supervision cases' and
 * branch orders' (R10.2). The sweep's partial indexes are the same as that table's.
 */
export class ListedDeadlines1767700000002 implements MigrationInterface {
  name = 'ListedDeadlines1767700000002';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."work_order_listing"
      ADD COLUMN "watch_kind" varchar(20), ADD COLUMN "watch_starts_at" TIMESTAMP WITH TIME ZONE,
      ADD COLUMN "watch_due" TIMESTAMP WITH TIME ZONE, ADD COLUMN "watch_soon_at" TIMESTAMP WITH TIME ZONE,
      ADD COLUMN "watch_running" boolean NOT NULL DEFAULT false,
      ADD COLUMN "due_soon_announced_at" TIMESTAMP WITH TIME ZONE,
      ADD COLUMN "overdue_announced_at" TIMESTAMP WITH TIME ZONE`);
    await runner.query(`UPDATE ${s}."work_order_listing" l SET "watch_kind" = w."kind",
        "watch_starts_at" = w."starts_at", "watch_due" = w."due", "watch_soon_at" = w."soon_at",
        "watch_running" = w."running", "due_soon_announced_at" = w."due_soon_announced_at",
        "overdue_announced_at" = w."overdue_announced_at"
      FROM ${s}."watched_deadlines" w
      WHERE w."subject" = 'work-order' AND w."subject_id" = l."id" AND l."state" IS NOT NULL`);
    await runner.query(`DELETE FROM ${s}."watched_deadlines" w USING ${s}."work_order_listing" l
      WHERE w."subject" = 'work-order' AND w."subject_id" = l."id" AND l."state" IS NOT NULL`);
    await runner.query(`CREATE INDEX "IDX_work_order_listing_watch_due_soon" ON ${s}."work_order_listing"
      ("watch_soon_at") WHERE "watch_running" AND "due_soon_announced_at" IS NULL AND "overdue_announced_at" IS NULL`);
    await runner.query(`CREATE INDEX "IDX_work_order_listing_watch_overdue" ON ${s}."work_order_listing"
      ("watch_due") WHERE "watch_running" AND "overdue_announced_at" IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`INSERT INTO ${s}."watched_deadlines" ("subject_id", "subject", "work_order_id", "kind",
        "starts_at", "due", "soon_at", "running", "due_soon_announced_at", "overdue_announced_at")
      SELECT "id", 'work-order', "id", "watch_kind", "watch_starts_at", "watch_due", "watch_soon_at", "watch_running",
        "due_soon_announced_at", "overdue_announced_at"
      FROM ${s}."work_order_listing" WHERE "watch_kind" IS NOT NULL`);
    await runner.query(`DROP INDEX ${s}."IDX_work_order_listing_watch_overdue"`);
    await runner.query(`DROP INDEX ${s}."IDX_work_order_listing_watch_due_soon"`);
    await runner.query(`ALTER TABLE ${s}."work_order_listing" DROP COLUMN "watch_kind", DROP COLUMN "watch_starts_at",
      DROP COLUMN "watch_due", DROP COLUMN "watch_soon_at", DROP COLUMN "watch_running",
      DROP COLUMN "due_soon_announced_at", DROP COLUMN "overdue_announced_at"`);
  }
}
