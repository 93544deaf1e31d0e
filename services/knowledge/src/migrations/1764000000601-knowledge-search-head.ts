import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * Search in stages (see README): a small head vector (title and keywords) to rank and widen on without reading
 * the large body vectors, and trigrams on the title only. Trigram similarity over whole bodies cost a second
 * per query at 10,000 articles; its column goes.
 */
export class KnowledgeSearchHead1764000000601 implements MigrationInterface {
  name = 'KnowledgeSearchHead1764000000601';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."articles" ADD "head_vector" tsvector`);
    // Title and keywords were written with weight A: the existing rows keep exactly their segmentation.
    await runner.query(`UPDATE ${s}."articles" SET "head_vector" = ts_filter("search_vector", '{a}')`);
    await runner.query(`ALTER TABLE ${s}."articles" ALTER COLUMN "head_vector" SET NOT NULL`);
    await runner.query(`CREATE INDEX "IDX_articles_head_vector" ON ${s}."articles" USING gin ("head_vector")`);
    await runner.query(`DROP INDEX ${s}."IDX_articles_search_text_trgm"`);
    await runner.query(`ALTER TABLE ${s}."articles" DROP COLUMN "search_text"`);
    await runner.query(
      `CREATE INDEX "IDX_articles_title_trgm" ON ${s}."articles" USING gin ("title" public.gin_trgm_ops)`,
    );
    // Keep what a search reads of every match in the row (title, head vector, areas); body and search vector
    // go out of line, read only for the few hits ranked in full. Measured: 40 ms → 3 ms for a stage matching
    // 2,000 of 10,000 articles.
    await runner.query(`ALTER TABLE ${s}."articles" SET (toast_tuple_target = 1024)`);
    await runner.query(
      `ALTER TABLE ${s}."articles" ALTER COLUMN "head_vector" SET STORAGE MAIN, ALTER COLUMN "title" SET STORAGE MAIN, ALTER COLUMN "areas" SET STORAGE MAIN`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(
      `ALTER TABLE ${s}."articles" ALTER COLUMN "title" SET STORAGE EXTENDED, ALTER COLUMN "areas" SET STORAGE EXTENDED`,
    );
    await runner.query(`ALTER TABLE ${s}."articles" RESET (toast_tuple_target)`);
    await runner.query(`DROP INDEX ${s}."IDX_articles_title_trgm"`);
    await runner.query(`ALTER TABLE ${s}."articles" ADD "search_text" text NOT NULL DEFAULT ''`);
    await runner.query(
      `UPDATE ${s}."articles" SET "search_text" = "title" || ' ' || array_to_string("keywords", ' ') || ' ' || "body"`,
    );
    await runner.query(`ALTER TABLE ${s}."articles" ALTER COLUMN "search_text" DROP DEFAULT`);
    await runner.query(
      `CREATE INDEX "IDX_articles_search_text_trgm" ON ${s}."articles" USING gin ("search_text" public.gin_trgm_ops)`,
    );
    await runner.query(`DROP INDEX ${s}."IDX_articles_head_vector"`);
    await runner.query(`ALTER TABLE ${s}."articles" DROP COLUMN "head_vector"`);
  }
}
