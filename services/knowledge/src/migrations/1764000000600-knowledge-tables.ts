import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** R7.1 articles with owners, versions and review dates; full-text (jieba-segmented tsvector) and trigram search. */
export class KnowledgeTables1764000000600 implements MigrationInterface {
  name = 'KnowledgeTables1764000000600';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await runner.query(`CREATE TABLE ${s}."articles" (
      "id" varchar(64) NOT NULL,
      "owner_unit_id" varchar(64) NOT NULL,
      "title" varchar(200) NOT NULL,
      "body" text NOT NULL,
      "keywords" text array NOT NULL,
      "areas" text array NOT NULL,
      "field" varchar(64),
      "category" varchar(64),
      "status" varchar(16) NOT NULL,
      "review_by" date NOT NULL,
      "version" integer NOT NULL,
      "search_vector" tsvector NOT NULL,
      "search_text" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_articles" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_articles_owner_unit_id" ON ${s}."articles" ("owner_unit_id")`);
    await runner.query(`CREATE INDEX "IDX_articles_status_review_by" ON ${s}."articles" ("status", "review_by")`);
    await runner.query(`CREATE INDEX "IDX_articles_search_vector" ON ${s}."articles" USING gin ("search_vector")`);
    await runner.query(
      `CREATE INDEX "IDX_articles_search_text_trgm" ON ${s}."articles" USING gin ("search_text" public.gin_trgm_ops)`,
    );
    await runner.query(`CREATE INDEX "IDX_articles_areas" ON ${s}."articles" USING gin ("areas")`);
    await runner.query(`CREATE TABLE ${s}."article_versions" (
      "id" uuid NOT NULL,
      "article_id" varchar(64) NOT NULL,
      "version" integer NOT NULL,
      "owner_unit_id" varchar(64) NOT NULL,
      "title" varchar(200) NOT NULL,
      "body" text NOT NULL,
      "keywords" text array NOT NULL,
      "areas" text array NOT NULL,
      "field" varchar(64),
      "category" varchar(64),
      "status" varchar(16) NOT NULL,
      "review_by" date NOT NULL,
      "changed_by" jsonb NOT NULL,
      "change_note" varchar(500),
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_article_versions" PRIMARY KEY ("id"))`);
    await runner.query(
      `CREATE UNIQUE INDEX "UQ_article_versions_article_version" ON ${s}."article_versions" ("article_id", "version")`,
    );
    // Versions are the record of what the hotline told callers: the database itself refuses to rewrite them.
    await runner.query(`CREATE FUNCTION ${s}."refuse_article_version_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'article versions are immutable'; END $$`);
    await runner.query(`CREATE TRIGGER "article_versions_immutable" BEFORE UPDATE OR DELETE ON ${s}."article_versions"
      FOR EACH ROW EXECUTE FUNCTION ${s}."refuse_article_version_change"()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP TABLE ${s}."article_versions"`);
    await runner.query(`DROP FUNCTION ${s}."refuse_article_version_change"()`);
    await runner.query(`DROP TABLE ${s}."articles"`);
  }
}
