import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** Unit directory, dispatch catalogue, routing facts, assignments, return reviews and difficult matters. */
export class DispatchTables1764000000200 implements MigrationInterface {
  name = 'DispatchTables1764000000200';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."units" (
      "id" varchar(64) NOT NULL,
      "name" varchar(64) NOT NULL,
      "kind" varchar(16) NOT NULL,
      "parent_id" varchar(64),
      "contacts" jsonb NOT NULL,
      "areas" text array NOT NULL,
      "categories" text array NOT NULL,
      "emergency_categories" text array NOT NULL,
      "active" boolean NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_units" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_units_parent" ON ${s}."units" ("parent_id")`);
    await runner.query(`CREATE TABLE ${s}."routing_rules" (
      "id" varchar(64) NOT NULL,
      "name" varchar(128) NOT NULL,
      "categories" text array NOT NULL,
      "districts" text array NOT NULL,
      "streets" text array NOT NULL,
      "types" text array NOT NULL,
      "fields" text array NOT NULL,
      "lead_unit_id" varchar(64) NOT NULL,
      "co_unit_ids" text array NOT NULL,
      "priority" integer NOT NULL,
      "direct" boolean NOT NULL,
      "active" boolean NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_routing_rules" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE TABLE ${s}."routing_facts" (
      "work_order_id" uuid NOT NULL,
      "number" varchar(20) NOT NULL,
      "type" varchar(16) NOT NULL,
      "field" varchar(64),
      "category" varchar(64),
      "district" varchar(32),
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_routing_facts" PRIMARY KEY ("work_order_id"))`);
    await runner.query(`CREATE TABLE ${s}."assignments" (
      "id" uuid NOT NULL,
      "work_order_id" uuid NOT NULL,
      "dispatch_no" integer NOT NULL,
      "lead_unit_id" varchar(64) NOT NULL,
      "co_unit_ids" text array NOT NULL,
      "via" varchar(32) NOT NULL,
      "basis" jsonb NOT NULL,
      "emergency_category" varchar(32),
      "assigned_by" jsonb NOT NULL,
      "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_assignments" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_assignments_work_order_dispatch" UNIQUE ("work_order_id", "dispatch_no"))`);
    await runner.query(`CREATE INDEX "IDX_assignments_lead_unit" ON ${s}."assignments" ("lead_unit_id")`);
    await runner.query(`CREATE TABLE ${s}."return_reviews" (
      "id" uuid NOT NULL,
      "work_order_id" uuid NOT NULL,
      "dispatch_no" integer NOT NULL,
      "unit_id" varchar(64) NOT NULL,
      "reason" text NOT NULL,
      "basis" text NOT NULL,
      "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "decision" varchar(16),
      "comment" text,
      "reviewer_id" varchar(64),
      "decided_at" TIMESTAMP WITH TIME ZONE,
      "redispatched_to" varchar(64),
      CONSTRAINT "PK_return_reviews" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_return_reviews_work_order_dispatch" UNIQUE ("work_order_id", "dispatch_no"))`);
    await runner.query(`CREATE INDEX "IDX_return_reviews_unit" ON ${s}."return_reviews" ("unit_id")`);
    await runner.query(`CREATE TABLE ${s}."difficult_matters" (
      "id" uuid NOT NULL,
      "work_order_id" uuid NOT NULL,
      "raised_version" integer NOT NULL,
      "kind" varchar(32) NOT NULL,
      "note" text,
      "raised_by" jsonb NOT NULL,
      "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "level" varchar(16) NOT NULL,
      "escalated_at" TIMESTAMP WITH TIME ZONE,
      "assigned_unit_id" varchar(64),
      "resolved_by" varchar(64),
      "resolved_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_difficult_matters" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_difficult_matters_work_order_version" UNIQUE ("work_order_id", "raised_version"))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    for (const table of [
      'difficult_matters',
      'return_reviews',
      'assignments',
      'routing_facts',
      'routing_rules',
      'units',
    ]) {
      await runner.query(`DROP TABLE ${s}."${table}"`);
    }
  }
}
