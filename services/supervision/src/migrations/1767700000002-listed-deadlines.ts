import { sqlMigration } from '@hotline/persistence';

/**
 * Issue 19: the deadline the watch keeps an eye on for one of our work orders lives on its listing row, written with
 * the snapshot it comes from (one row per step instead of two); `watched_deadlines` keeps supervision cases' and
 * branch orders' (R10.2). The sweep's partial indexes are the same as that table's.
 */
export const ListedDeadlines1767700000002 = sqlMigration('ListedDeadlines1767700000002', {
  up: (schema) => [
    `ALTER TABLE ${schema}."work_order_listing"
      ADD COLUMN "watch_kind" varchar(20), ADD COLUMN "watch_starts_at" TIMESTAMP WITH TIME ZONE,
      ADD COLUMN "watch_due" TIMESTAMP WITH TIME ZONE, ADD COLUMN "watch_soon_at" TIMESTAMP WITH TIME ZONE,
      ADD COLUMN "watch_running" boolean NOT NULL DEFAULT false,
      ADD COLUMN "due_soon_announced_at" TIMESTAMP WITH TIME ZONE,
      ADD COLUMN "overdue_announced_at" TIMESTAMP WITH TIME ZONE`,
    `UPDATE ${schema}."work_order_listing" l SET "watch_kind" = w."kind",
        "watch_starts_at" = w."starts_at", "watch_due" = w."due", "watch_soon_at" = w."soon_at",
        "watch_running" = w."running", "due_soon_announced_at" = w."due_soon_announced_at",
        "overdue_announced_at" = w."overdue_announced_at"
      FROM ${schema}."watched_deadlines" w
      WHERE w."subject" = 'work-order' AND w."subject_id" = l."id" AND l."state" IS NOT NULL`,
    `DELETE FROM ${schema}."watched_deadlines" w USING ${schema}."work_order_listing" l
      WHERE w."subject" = 'work-order' AND w."subject_id" = l."id" AND l."state" IS NOT NULL`,
    `CREATE INDEX "IDX_work_order_listing_watch_due_soon" ON ${schema}."work_order_listing"
      ("watch_soon_at") WHERE "watch_running" AND "due_soon_announced_at" IS NULL AND "overdue_announced_at" IS NULL`,
    `CREATE INDEX "IDX_work_order_listing_watch_overdue" ON ${schema}."work_order_listing"
      ("watch_due") WHERE "watch_running" AND "overdue_announced_at" IS NULL`,
  ],
  down: (schema) => [
    `INSERT INTO ${schema}."watched_deadlines" ("subject_id", "subject", "work_order_id", "kind",
        "starts_at", "due", "soon_at", "running", "due_soon_announced_at", "overdue_announced_at")
      SELECT "id", 'work-order', "id", "watch_kind", "watch_starts_at", "watch_due", "watch_soon_at", "watch_running",
        "due_soon_announced_at", "overdue_announced_at"
      FROM ${schema}."work_order_listing" WHERE "watch_kind" IS NOT NULL`,
    `DROP INDEX ${schema}."IDX_work_order_listing_watch_overdue"`,
    `DROP INDEX ${schema}."IDX_work_order_listing_watch_due_soon"`,
    `ALTER TABLE ${schema}."work_order_listing" DROP COLUMN "watch_kind", DROP COLUMN "watch_starts_at",
      DROP COLUMN "watch_due", DROP COLUMN "watch_soon_at", DROP COLUMN "watch_running",
      DROP COLUMN "due_soon_announced_at", DROP COLUMN "overdue_announced_at"`,
  ],
});
