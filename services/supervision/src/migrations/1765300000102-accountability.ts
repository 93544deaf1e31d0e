import { sqlMigration } from '@hotline/persistence';

/**
 * R26.1, Art. 26: the evidence the platform finds in the steps (1, 3), what supervisors record (4, 7), and the
 * reminders sent for stale knowledge articles (6).
 */
export const Accountability1765300000102 = sqlMigration('Accountability1765300000102', {
  up: (schema) => [
    `CREATE TABLE ${schema}."accountability_findings" (
      "event_id" uuid NOT NULL,
      "item" smallint NOT NULL,
      "unit_id" varchar(64) NOT NULL,
      "work_order_id" uuid NOT NULL,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "details" jsonb NOT NULL,
      CONSTRAINT "PK_accountability_findings" PRIMARY KEY ("event_id"))`,
    `CREATE INDEX "IDX_accountability_findings_unit" ON ${schema}."accountability_findings" ("unit_id", "occurred_at")`,
    `CREATE INDEX "IDX_accountability_findings_item" ON ${schema}."accountability_findings" ("item", "occurred_at")`,
    `CREATE TABLE ${schema}."accountability_records" (
      "id" uuid NOT NULL,
      "unit_id" varchar(64) NOT NULL,
      "item" smallint NOT NULL,
      "work_order_id" uuid,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "description" varchar(2000) NOT NULL,
      "evidence" jsonb NOT NULL,
      "recorded_by" varchar(128) NOT NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_accountability_records" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_accountability_records_unit" ON ${schema}."accountability_records" ("unit_id", "occurred_at")`,
    `CREATE INDEX "IDX_accountability_records_occurred" ON ${schema}."accountability_records" ("occurred_at")`,
    `CREATE TABLE ${schema}."knowledge_reminders" (
      "id" uuid NOT NULL,
      "article_id" varchar(64) NOT NULL,
      "month" varchar(7) NOT NULL,
      "owner_unit_id" varchar(64) NOT NULL,
      "title" varchar(200) NOT NULL,
      "review_by" varchar(10) NOT NULL,
      "days_overdue" integer NOT NULL,
      "article_version" integer NOT NULL,
      "reminded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "UQ_knowledge_reminders_article_month" UNIQUE ("article_id", "month"),
      CONSTRAINT "PK_knowledge_reminders" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_knowledge_reminders_unit" ON ${schema}."knowledge_reminders" ("owner_unit_id", "reminded_at")`,
  ],
  down: (schema) => [
    `DROP TABLE ${schema}."knowledge_reminders"`,
    `DROP TABLE ${schema}."accountability_records"`,
    `DROP TABLE ${schema}."accountability_findings"`,
  ],
});
