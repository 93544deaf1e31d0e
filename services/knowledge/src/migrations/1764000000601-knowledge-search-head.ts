import { sqlMigration } from '@hotline/persistence';

/**
 * Search in stages (see README): a small head vector (title and keywords) to rank and widen on without reading
 * the large body vectors, and trigrams on the title only. Trigram similarity over whole bodies cost a second
 * per query at 10,000 articles; its column goes.
 */
export const KnowledgeSearchHead1764000000601 = sqlMigration('KnowledgeSearchHead1764000000601', {
  up: (schema) => [
    `ALTER TABLE ${schema}."articles" ADD "head_vector" tsvector`,
    // Title and keywords were written with weight A: the existing rows keep exactly their segmentation.
    `UPDATE ${schema}."articles" SET "head_vector" = ts_filter("search_vector", '{a}')`,
    `ALTER TABLE ${schema}."articles" ALTER COLUMN "head_vector" SET NOT NULL`,
    `CREATE INDEX "IDX_articles_head_vector" ON ${schema}."articles" USING gin ("head_vector")`,
    `DROP INDEX ${schema}."IDX_articles_search_text_trgm"`,
    `ALTER TABLE ${schema}."articles" DROP COLUMN "search_text"`,
    `CREATE INDEX "IDX_articles_title_trgm" ON ${schema}."articles" USING gin ("title" public.gin_trgm_ops)`,
    // Keep what a search reads of every match in the row (title, head vector, areas); body and search vector
    // go out of line, read only for the few hits ranked in full. Measured: 40 ms → 3 ms for a stage matching
    // 2,000 of 10,000 articles.
    `ALTER TABLE ${schema}."articles" SET (toast_tuple_target = 1024)`,
    `ALTER TABLE ${schema}."articles" ALTER COLUMN "head_vector" SET STORAGE MAIN, ALTER COLUMN "title" SET STORAGE MAIN, ALTER COLUMN "areas" SET STORAGE MAIN`,
  ],
  down: (schema) => [
    `ALTER TABLE ${schema}."articles" ALTER COLUMN "title" SET STORAGE EXTENDED, ALTER COLUMN "areas" SET STORAGE EXTENDED`,
    `ALTER TABLE ${schema}."articles" RESET (toast_tuple_target)`,
    `DROP INDEX ${schema}."IDX_articles_title_trgm"`,
    `ALTER TABLE ${schema}."articles" ADD "search_text" text NOT NULL DEFAULT ''`,
    `UPDATE ${schema}."articles" SET "search_text" = "title" || ' ' || array_to_string("keywords", ' ') || ' ' || "body"`,
    `ALTER TABLE ${schema}."articles" ALTER COLUMN "search_text" DROP DEFAULT`,
    `CREATE INDEX "IDX_articles_search_text_trgm" ON ${schema}."articles" USING gin ("search_text" public.gin_trgm_ops)`,
    `DROP INDEX ${schema}."IDX_articles_head_vector"`,
    `ALTER TABLE ${schema}."articles" DROP COLUMN "head_vector"`,
  ],
});
