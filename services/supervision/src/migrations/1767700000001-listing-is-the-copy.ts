import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * Issue 19: supervision's copy of a work order is its listing row (the snapshot and its version beside what the list
 * filters by), one row written per event instead of two. The copies kept so far are moved over; the platform's
 * `work_order_states` table stays (every service has it) and supervision no longer writes it.
 */
export class ListingIsTheCopy1767700000001 implements MigrationInterface {
  name = 'ListingIsTheCopy1767700000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."work_order_listing"
      ADD COLUMN "version" integer NOT NULL DEFAULT 0, ADD COLUMN "state" jsonb`);
    await runner.query(`UPDATE ${s}."work_order_listing" l SET "version" = c."version", "state" = c."state"
      FROM ${s}."work_order_states" c WHERE c."id" = l."id"`);
    await runner.query(`DELETE FROM ${s}."work_order_states"`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`INSERT INTO ${s}."work_order_states"
        ("id", "version", "status", "lead_unit_id", "co_unit_ids", "state", "updated_at")
      SELECT "id", "version", "status", "lead_unit_id", "co_unit_ids", "state", now()
      FROM ${s}."work_order_listing" WHERE "state" IS NOT NULL`);
    await runner.query(`ALTER TABLE ${s}."work_order_listing" DROP COLUMN "state", DROP COLUMN "version"`);
  }
}
