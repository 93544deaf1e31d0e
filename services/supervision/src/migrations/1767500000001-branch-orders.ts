import { sqlMigration } from '@hotline/persistence';

/**
 * R10.2 branch centres' orders in supervision: the copy of each (highest version), and on the listing the number wide
 * enough for a branch's own number (up to 64 characters; widening a varchar rewrites nothing) and the branch's mark.
 */
export const BranchOrders1767500000001 = sqlMigration('BranchOrders1767500000001', {
  up: (schema) => [
    `CREATE TABLE ${schema}."branch_orders" (
      "id" uuid NOT NULL,
      "branch" varchar(32) NOT NULL,
      "external_id" varchar(128) NOT NULL,
      "version" integer NOT NULL,
      "number" varchar(64) NOT NULL,
      "unit_id" varchar(64),
      "handling_unit" text,
      "request_type" varchar(32) NOT NULL,
      "category" text,
      "district" text,
      "matter" text NOT NULL,
      "branch_status" varchar(16) NOT NULL,
      "status" varchar(32) NOT NULL,
      "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "due_at" TIMESTAMP WITH TIME ZONE,
      "closed_at" TIMESTAMP WITH TIME ZONE,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_branch_orders" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_branch_orders_unit" ON ${schema}."branch_orders" ("unit_id")`,
    `CREATE INDEX "IDX_branch_orders_accepted" ON ${schema}."branch_orders" ("accepted_at")`,
    `CREATE INDEX "IDX_branch_orders_closed" ON ${schema}."branch_orders" ("closed_at")`,
    `ALTER TABLE ${schema}."work_order_listing" ALTER COLUMN "number" TYPE varchar(64),
      ADD COLUMN "branch" varchar(32), ADD COLUMN "branch_status" varchar(16)`,
    `CREATE INDEX "IDX_work_order_listing_branch" ON ${schema}."work_order_listing" ("branch", "received_at", "id") WHERE "branch" IS NOT NULL`,
  ],
  down: (schema) => [
    `DROP INDEX ${schema}."IDX_work_order_listing_branch"`,
    `ALTER TABLE ${schema}."work_order_listing" ALTER COLUMN "number" TYPE varchar(20),
      DROP COLUMN "branch", DROP COLUMN "branch_status"`,
    `DROP TABLE ${schema}."branch_orders"`,
  ],
});
