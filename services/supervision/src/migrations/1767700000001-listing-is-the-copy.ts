import { sqlMigration } from '@hotline/persistence';

/**
 * Issue 19: supervision's copy of a work order is its listing row (the snapshot and its version beside what the list
 * filters by), one row written per event instead of two. The copies kept so far are moved over; the platform's
 * `work_order_states` table stays (every service has it) and supervision no longer writes it.
 */
export const ListingIsTheCopy1767700000001 = sqlMigration('ListingIsTheCopy1767700000001', {
  up: (schema) => [
    `ALTER TABLE ${schema}."work_order_listing"
      ADD COLUMN "version" integer NOT NULL DEFAULT 0, ADD COLUMN "state" jsonb`,
    `UPDATE ${schema}."work_order_listing" l SET "version" = c."version", "state" = c."state"
      FROM ${schema}."work_order_states" c WHERE c."id" = l."id"`,
    `DELETE FROM ${schema}."work_order_states"`,
  ],
  down: (schema) => [
    `INSERT INTO ${schema}."work_order_states"
        ("id", "version", "status", "lead_unit_id", "co_unit_ids", "state", "updated_at")
      SELECT "id", "version", "status", "lead_unit_id", "co_unit_ids", "state", now()
      FROM ${schema}."work_order_listing" WHERE "state" IS NOT NULL`,
    `ALTER TABLE ${schema}."work_order_listing" DROP COLUMN "state", DROP COLUMN "version"`,
  ],
});
