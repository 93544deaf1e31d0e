import { sqlMigration } from '@hotline/persistence';

/**
 * Issue 19: the overdue list, newest first, without visiting every late order. The deadline watch marks a running
 * deadline announced once it has passed; the late orders so marked are indexed by arrival, so the list walks them in
 * its order. Those it has not reached yet are found through its own index, and the branch orders' deadlines (watched
 * elsewhere) through a small one of their own. The constraint keeps what the list relies on: a listing row's watched
 * deadline is its running one.
 */
export const LateOrders1767900000003 = sqlMigration('LateOrders1767900000003', {
  up: (schema) => [
    `ALTER TABLE ${schema}."work_order_listing" ADD CONSTRAINT "CHK_work_order_listing_watched_due"
      CHECK (NOT "watch_running" OR "watch_due" IS NOT DISTINCT FROM "current_due")`,
    `CREATE INDEX "IDX_work_order_listing_announced_late" ON ${schema}."work_order_listing"
      ("received_at", "id") WHERE "watch_running" AND "overdue_announced_at" IS NOT NULL`,
    `CREATE INDEX "IDX_work_order_listing_unwatched_due" ON ${schema}."work_order_listing"
      ("current_due") WHERE "current_due" IS NOT NULL AND NOT "watch_running"`,
    `ANALYZE ${schema}."work_order_listing"`,
  ],
  down: (schema) => [
    `DROP INDEX ${schema}."IDX_work_order_listing_unwatched_due"`,
    `DROP INDEX ${schema}."IDX_work_order_listing_announced_late"`,
    `ALTER TABLE ${schema}."work_order_listing" DROP CONSTRAINT "CHK_work_order_listing_watched_due"`,
  ],
});
