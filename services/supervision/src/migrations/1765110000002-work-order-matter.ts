import { sqlMigration } from '@hotline/persistence';

/** The matter on the listing (R14.1), and the indexes of the list's text filter: content words and number parts. */
export const WorkOrderMatter1765110000002 = sqlMigration('WorkOrderMatter1765110000002', {
  up: (schema) => [
    `CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`,
    `ALTER TABLE ${schema}."work_order_listing" ADD "request" jsonb, ADD "search_terms" text`,
    `CREATE INDEX "IDX_work_order_listing_search" ON ${schema}."work_order_listing" USING gin (to_tsvector('simple', coalesce("search_terms", '')))`,
    // Rare words are most of what people search for: statistics on many words let the planner see them as rare.
    `ALTER INDEX ${schema}."IDX_work_order_listing_search" ALTER COLUMN 1 SET STATISTICS 1000`,
    `CREATE INDEX "IDX_work_order_listing_number_trgm" ON ${schema}."work_order_listing" USING gin ("number" public.gin_trgm_ops)`,
  ],
  down: (schema) => [
    `DROP INDEX ${schema}."IDX_work_order_listing_number_trgm"`,
    `DROP INDEX ${schema}."IDX_work_order_listing_search"`,
    `ALTER TABLE ${schema}."work_order_listing" DROP COLUMN "search_terms", DROP COLUMN "request"`,
  ],
});
