import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * R10.2 branch centres' orders in supervision: the copy of each (highest version), and on the listing the number wide
 * enough for a branch's own number (up to 64 characters; widening a varchar rewrites nothing) and the branch's mark.
 */
export class BranchOrders1767500000001 implements MigrationInterface {
  name = 'BranchOrders1767500000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."branch_orders" (
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
      CONSTRAINT "PK_branch_orders" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_branch_orders_unit" ON ${s}."branch_orders" ("unit_id")`);
    await runner.query(`CREATE INDEX "IDX_branch_orders_accepted" ON ${s}."branch_orders" ("accepted_at")`);
    await runner.query(`CREATE INDEX "IDX_branch_orders_closed" ON ${s}."branch_orders" ("closed_at")`);
    await runner.query(`ALTER TABLE ${s}."work_order_listing" ALTER COLUMN "number" TYPE varchar(64),
      ADD COLUMN "branch" varchar(32), ADD COLUMN "branch_status" varchar(16)`);
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_branch" ON ${s}."work_order_listing" ("branch", "received_at", "id") WHERE "branch" IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP INDEX ${s}."IDX_work_order_listing_branch"`);
    await runner.query(`ALTER TABLE ${s}."work_order_listing" ALTER COLUMN "number" TYPE varchar(20),
      DROP COLUMN "branch", DROP COLUMN "branch_status"`);
    await runner.query(`DROP TABLE ${s}."branch_orders"`);
  }
}
