import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * The lists at city scale (R14.1, 10 million work orders): what a list filters by lives on the listing row itself
 * (status and units, copied from work_order_states in the same transaction), so an index can serve a filter together
 * with the order of the page; the matter's terms are a stored tsvector, so a filter that runs along an index does
 * not compute one per row; a number is found by its beginning or its end. A unit's pages read its lead orders by index, its co-handled ones through the GIN index.
 */
/** The expression of the entity's `searchVector` (asExpression), word for word. */
const SEARCH_VECTOR = `to_tsvector('simple', coalesce("search_terms", ''))`;

export class WorkOrderListingState1767450000001 implements MigrationInterface {
  name = 'WorkOrderListingState1767450000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."work_order_listing"
      ADD COLUMN "status" varchar(32) NOT NULL DEFAULT 'received',
      ADD COLUMN "lead_unit_id" varchar(64),
      ADD COLUMN "co_unit_ids" text array NOT NULL DEFAULT '{}',
      ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (${SEARCH_VECTOR}) STORED`);
    // TypeORM compares a generated column's expression with the one it recorded (as its own generated migrations do).
    await runner.query(`CREATE TABLE IF NOT EXISTS ${s}."typeorm_metadata" ("type" varchar NOT NULL, "database" varchar,
      "schema" varchar, "table" varchar, "name" varchar, "value" text)`);
    await runner.query(
      `INSERT INTO ${s}."typeorm_metadata" ("database", "schema", "table", "type", "name", "value")
       VALUES (current_database(), $1, 'work_order_listing', 'GENERATED_COLUMN', 'search_vector', $2)`,
      [s.replaceAll('"', ''), SEARCH_VECTOR],
    );
    await runner.query(`UPDATE ${s}."work_order_listing" l
      SET "status" = c."status", "lead_unit_id" = c."lead_unit_id", "co_unit_ids" = c."co_unit_ids"
      FROM ${s}."work_order_states" c WHERE c."id" = l."id"`);
    await runner.query(`DROP INDEX ${s}."IDX_work_order_listing_search"`);
    await runner.query(`DROP INDEX ${s}."IDX_work_order_listing_due"`);
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_search" ON ${s}."work_order_listing" USING gin ("search_vector")`,
    );
    // Rare words are most of what people search for: statistics on many words let the planner see them as rare.
    await runner.query(`ALTER TABLE ${s}."work_order_listing" ALTER COLUMN "search_vector" SET STATISTICS 1000`);
    // A number is searched by its beginning or its end: two btree ranges that Postgres can judge, where it guessed a
    // trigram match of any part common and walked the newest orders for a rare one.
    await runner.query(`DROP INDEX ${s}."IDX_work_order_listing_number_trgm"`);
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_number_prefix" ON ${s}."work_order_listing" ("number" varchar_pattern_ops)`,
    );
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_number_suffix" ON ${s}."work_order_listing" ((reverse("number")) text_pattern_ops)`,
    );
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_lead_due" ON ${s}."work_order_listing" ("lead_unit_id", (coalesce("current_due", 'infinity'::timestamptz)), "id")`,
    );
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_lead_received" ON ${s}."work_order_listing" ("lead_unit_id", "received_at", "id")`,
    );
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_status" ON ${s}."work_order_listing" ("status", "received_at", "id")`,
    );
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_co_units" ON ${s}."work_order_listing" USING gin ("co_unit_ids")`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    for (const index of ['number_suffix', 'number_prefix', 'co_units', 'status', 'lead_received', 'lead_due', 'search'])
      await runner.query(`DROP INDEX ${s}."IDX_work_order_listing_${index}"`);
    await runner.query(`ALTER TABLE ${s}."work_order_listing"
      DROP COLUMN "search_vector", DROP COLUMN "co_unit_ids", DROP COLUMN "lead_unit_id", DROP COLUMN "status"`);
    await runner.query(
      `DELETE FROM ${s}."typeorm_metadata" WHERE "table" = 'work_order_listing' AND "name" = 'search_vector'`,
    );
    await runner.query(`CREATE INDEX "IDX_work_order_listing_due" ON ${s}."work_order_listing" ("current_due")`);
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_number_trgm" ON ${s}."work_order_listing" USING gin ("number" public.gin_trgm_ops)`,
    );
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_search" ON ${s}."work_order_listing" USING gin (to_tsvector('simple', coalesce("search_terms", '')))`,
    );
  }
}
