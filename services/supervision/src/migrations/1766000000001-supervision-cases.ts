import { sqlMigration } from '@hotline/persistence';

/**
 * R23 supervision cases (督办) with the work orders they link, and the deadline watch: every running deadline of a
 * work order or case with when it was announced due soon and overdue. The sweep reads only what is due, through
 * partial indexes that hold nothing but running deadlines not yet announced.
 */
export const SupervisionCases1766000000001 = sqlMigration('SupervisionCases1766000000001', {
  up: (schema) => [
    `CREATE TABLE ${schema}."supervision_cases" (
      "id" uuid NOT NULL,
      "trigger" smallint NOT NULL,
      "method" varchar(16) NOT NULL,
      "status" varchar(16) NOT NULL,
      "version" integer NOT NULL,
      "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "opened_by" varchar(64) NOT NULL,
      "due" TIMESTAMP WITH TIME ZONE NOT NULL,
      "unit_ids" text array NOT NULL DEFAULT '{}',
      "automatic_key" varchar(80),
      "hot_spot_id" uuid,
      "state" jsonb NOT NULL,
      CONSTRAINT "PK_supervision_cases" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_supervision_cases_opened" ON ${schema}."supervision_cases" ("opened_at", "id")`,
    `CREATE INDEX "IDX_supervision_cases_status" ON ${schema}."supervision_cases" ("status")`,
    `CREATE INDEX "IDX_supervision_cases_units" ON ${schema}."supervision_cases" USING GIN ("unit_ids")`,
    // One automatic case per work order and trigger while it is not resolved; one case per hot spot, ever.
    `CREATE UNIQUE INDEX "UQ_supervision_cases_automatic" ON ${schema}."supervision_cases" ("automatic_key")
      WHERE "automatic_key" IS NOT NULL AND "status" <> 'resolved'`,
    `CREATE UNIQUE INDEX "UQ_supervision_cases_hot_spot" ON ${schema}."supervision_cases" ("hot_spot_id")
      WHERE "hot_spot_id" IS NOT NULL`,
    `CREATE TABLE ${schema}."supervision_case_work_orders" (
      "case_id" uuid NOT NULL,
      "work_order_id" uuid NOT NULL,
      "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_supervision_case_work_orders" PRIMARY KEY ("case_id", "work_order_id"))`,
    `CREATE INDEX "IDX_supervision_case_work_orders_work_order" ON ${schema}."supervision_case_work_orders" ("work_order_id")`,
    `CREATE TABLE ${schema}."watched_deadlines" (
      "subject_id" uuid NOT NULL,
      "subject" varchar(16) NOT NULL,
      "work_order_id" uuid NOT NULL,
      "case_id" uuid,
      "kind" varchar(20) NOT NULL,
      "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "due" TIMESTAMP WITH TIME ZONE NOT NULL,
      "soon_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "running" boolean NOT NULL,
      "due_soon_announced_at" TIMESTAMP WITH TIME ZONE,
      "overdue_announced_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_watched_deadlines" PRIMARY KEY ("subject_id"))`,
    `CREATE INDEX "IDX_watched_deadlines_due_soon" ON ${schema}."watched_deadlines" ("soon_at")
      WHERE "running" AND "due_soon_announced_at" IS NULL AND "overdue_announced_at" IS NULL`,
    `CREATE INDEX "IDX_watched_deadlines_overdue" ON ${schema}."watched_deadlines" ("due")
      WHERE "running" AND "overdue_announced_at" IS NULL`,
  ],
  down: (schema) => [
    `DROP TABLE ${schema}."watched_deadlines"`,
    `DROP TABLE ${schema}."supervision_case_work_orders"`,
    `DROP TABLE ${schema}."supervision_cases"`,
  ],
});
