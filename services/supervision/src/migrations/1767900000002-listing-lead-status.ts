import { sqlMigration } from '@hotline/persistence';

/**
 * Issue 19: a unit's orders in one status, newest first, read along (lead unit, status, arrival). With only the
 * status index and the unit's index, Postgres intersected the unit's every order with the status's (a bitmap of
 * 120,000 rows for 45, 35 ms at 10 M orders).
 */
export const ListingLeadStatus1767900000002 = sqlMigration('ListingLeadStatus1767900000002', {
  up: (schema) => [
    `CREATE INDEX "IDX_work_order_listing_lead_status" ON ${schema}."work_order_listing"
      ("lead_unit_id", "status", "received_at", "id")`,
    `ANALYZE ${schema}."work_order_listing"`,
  ],
  down: (schema) => [`DROP INDEX ${schema}."IDX_work_order_listing_lead_status"`],
});
