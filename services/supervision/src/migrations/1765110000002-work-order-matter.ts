import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** The matter on the listing (R14.1), and the indexes of the list's text filter: content words and number parts. */
export class WorkOrderMatter1765110000002 implements MigrationInterface {
  name = 'WorkOrderMatter1765110000002';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await runner.query(`ALTER TABLE ${s}."work_order_listing" ADD "request" jsonb, ADD "search_terms" text`);
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_search" ON ${s}."work_order_listing" USING gin (to_tsvector('simple', coalesce("search_terms", '')))`,
    );
    // Rare words are most of what people search for: statistics on many words let the planner see them as rare.
    await runner.query(`ALTER INDEX ${s}."IDX_work_order_listing_search" ALTER COLUMN 1 SET STATISTICS 1000`);
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_number_trgm" ON ${s}."work_order_listing" USING gin ("number" public.gin_trgm_ops)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP INDEX ${s}."IDX_work_order_listing_number_trgm"`);
    await runner.query(`DROP INDEX ${s}."IDX_work_order_listing_search"`);
    await runner.query(`ALTER TABLE ${s}."work_order_listing" DROP COLUMN "search_terms", DROP COLUMN "request"`);
  }
}
