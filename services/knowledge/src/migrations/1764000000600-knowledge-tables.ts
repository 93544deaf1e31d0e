import { sqlMigration } from '@hotline/persistence';

/** R7.1 articles with owners, versions and review dates; full-text (jieba-segmented tsvector) and trigram search. */
export const KnowledgeTables1764000000600 = sqlMigration('KnowledgeTables1764000000600', {
  up: (schema) => [
    `CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`,
    `CREATE TABLE ${schema}."articles" (
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
      CONSTRAINT "PK_articles" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_articles_owner_unit_id" ON ${schema}."articles" ("owner_unit_id")`,
    `CREATE INDEX "IDX_articles_status_review_by" ON ${schema}."articles" ("status", "review_by")`,
    `CREATE INDEX "IDX_articles_search_vector" ON ${schema}."articles" USING gin ("search_vector")`,
    `CREATE INDEX "IDX_articles_search_text_trgm" ON ${schema}."articles" USING gin ("search_text" public.gin_trgm_ops)`,
    `CREATE INDEX "IDX_articles_areas" ON ${schema}."articles" USING gin ("areas")`,
    `CREATE TABLE ${schema}."article_versions" (
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
      CONSTRAINT "PK_article_versions" PRIMARY KEY ("id"))`,
    `CREATE UNIQUE INDEX "UQ_article_versions_article_version" ON ${schema}."article_versions" ("article_id", "version")`,
    // Versions are the record of what the hotline told callers: the database itself refuses to rewrite them.
    `CREATE FUNCTION ${schema}."refuse_article_version_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'article versions are immutable'; END $$`,
    `CREATE TRIGGER "article_versions_immutable" BEFORE UPDATE OR DELETE ON ${schema}."article_versions"
      FOR EACH ROW EXECUTE FUNCTION ${schema}."refuse_article_version_change"()`,
  ],
  down: (schema) => [
    `DROP TABLE ${schema}."article_versions"`,
    `DROP FUNCTION ${schema}."refuse_article_version_change"()`,
    `DROP TABLE ${schema}."articles"`,
  ],
});
