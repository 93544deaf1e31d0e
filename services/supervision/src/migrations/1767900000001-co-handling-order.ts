import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * Issue 19: a unit's page of the orders it co-handles, in deadline or arrival order, read from an index of its own
 * (`work_order_co_handling`). The listing's triggers keep the rows: one per co-handling unit, written when the units,
 * the running deadline or the arrival change, and only for orders that have co-handling units.
 */
export class CoHandlingOrder1767900000001 implements MigrationInterface {
  name = 'CoHandlingOrder1767900000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."work_order_co_handling" ("work_order_id" uuid NOT NULL,
      "unit_id" varchar(64) NOT NULL, "due_order" TIMESTAMP WITH TIME ZONE NOT NULL,
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_work_order_co_handling" PRIMARY KEY ("work_order_id", "unit_id"),
      CONSTRAINT "FK_work_order_co_handling_listing" FOREIGN KEY ("work_order_id")
        REFERENCES ${s}."work_order_listing"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await runner.query(`CREATE INDEX "IDX_work_order_co_handling_due" ON ${s}."work_order_co_handling"
      ("unit_id", "due_order", "work_order_id")`);
    await runner.query(`CREATE INDEX "IDX_work_order_co_handling_received" ON ${s}."work_order_co_handling"
      ("unit_id", "received_at", "work_order_id")`);
    await runner.query(`CREATE FUNCTION ${s}."work_order_co_handling_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          DELETE FROM ${s}."work_order_co_handling" c
          WHERE c."work_order_id" = NEW."id" AND c."unit_id" <> ALL (NEW."co_unit_ids");
        END IF;
        INSERT INTO ${s}."work_order_co_handling" ("work_order_id", "unit_id", "due_order", "received_at")
        SELECT DISTINCT NEW."id", unit, coalesce(NEW."current_due", 'infinity'), NEW."received_at"
        FROM unnest(NEW."co_unit_ids") AS unit
        ON CONFLICT ("work_order_id", "unit_id")
          DO UPDATE SET "due_order" = EXCLUDED."due_order", "received_at" = EXCLUDED."received_at";
        RETURN NULL;
      END $$`);
    await runner.query(`CREATE TRIGGER "TRG_work_order_co_handling_insert" AFTER INSERT ON ${s}."work_order_listing"
      FOR EACH ROW WHEN (cardinality(NEW."co_unit_ids") > 0)
      EXECUTE FUNCTION ${s}."work_order_co_handling_follow"()`);
    await runner.query(`CREATE TRIGGER "TRG_work_order_co_handling_update"
      AFTER UPDATE OF "co_unit_ids", "current_due", "received_at" ON ${s}."work_order_listing"
      FOR EACH ROW WHEN (OLD."co_unit_ids" IS DISTINCT FROM NEW."co_unit_ids" OR (cardinality(NEW."co_unit_ids") > 0
        AND (OLD."current_due", OLD."received_at") IS DISTINCT FROM (NEW."current_due", NEW."received_at")))
      EXECUTE FUNCTION ${s}."work_order_co_handling_follow"()`);
    await runner.query(coHandlingRowsOfListing(s));
    await runner.query(`ANALYZE ${s}."work_order_co_handling"`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP TRIGGER "TRG_work_order_co_handling_update" ON ${s}."work_order_listing"`);
    await runner.query(`DROP TRIGGER "TRG_work_order_co_handling_insert" ON ${s}."work_order_listing"`);
    await runner.query(`DROP FUNCTION ${s}."work_order_co_handling_follow"()`);
    await runner.query(`DROP TABLE ${s}."work_order_co_handling"`);
  }
}

/** Writes the co-handling rows of every listed order in one statement: for the orders listed before the triggers. */
export function coHandlingRowsOfListing(schema: string): string {
  return `INSERT INTO ${schema}."work_order_co_handling" ("work_order_id", "unit_id", "due_order", "received_at")
    SELECT DISTINCT l."id", unit, coalesce(l."current_due", 'infinity'), l."received_at"
    FROM ${schema}."work_order_listing" l, unnest(l."co_unit_ids") AS unit`;
}
