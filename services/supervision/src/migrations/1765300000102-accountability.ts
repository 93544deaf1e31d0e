import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * R26.1, Art. 26: the evidence the platform finds in the steps (1, 3), what supervisors record (4, 7), and the
 * reminders sent for stale knowledge articles (6).
 */
export class Accountability1765300000102 implements MigrationInterface {
  name = 'Accountability1765300000102';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."accountability_findings" (
      "event_id" uuid NOT NULL,
      "item" smallint NOT NULL,
      "unit_id" varchar(64) NOT NULL,
      "work_order_id" uuid NOT NULL,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "details" jsonb NOT NULL,
      CONSTRAINT "PK_accountability_findings" PRIMARY KEY ("event_id"))`);
    await runner.query(
      `CREATE INDEX "IDX_accountability_findings_unit" ON ${s}."accountability_findings" ("unit_id", "occurred_at")`,
    );
    await runner.query(
      `CREATE INDEX "IDX_accountability_findings_item" ON ${s}."accountability_findings" ("item", "occurred_at")`,
    );
    await runner.query(`CREATE TABLE ${s}."accountability_records" (
      "id" uuid NOT NULL,
      "unit_id" varchar(64) NOT NULL,
      "item" smallint NOT NULL,
      "work_order_id" uuid,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "description" varchar(2000) NOT NULL,
      "evidence" jsonb NOT NULL,
      "recorded_by" varchar(128) NOT NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_accountability_records" PRIMARY KEY ("id"))`);
    await runner.query(
      `CREATE INDEX "IDX_accountability_records_unit" ON ${s}."accountability_records" ("unit_id", "occurred_at")`,
    );
    await runner.query(
      `CREATE INDEX "IDX_accountability_records_occurred" ON ${s}."accountability_records" ("occurred_at")`,
    );
    await runner.query(`CREATE TABLE ${s}."knowledge_reminders" (
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
      CONSTRAINT "PK_knowledge_reminders" PRIMARY KEY ("id"))`);
    await runner.query(
      `CREATE INDEX "IDX_knowledge_reminders_unit" ON ${s}."knowledge_reminders" ("owner_unit_id", "reminded_at")`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP TABLE ${s}."knowledge_reminders"`);
    await runner.query(`DROP TABLE ${s}."accountability_records"`);
    await runner.query(`DROP TABLE ${s}."accountability_findings"`);
  }
}
