import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** R24.1 R25.1 the analytics model (facts, state changes, open orders per day), frozen months, scoring methods. */
export class Reports1767150000001 implements MigrationInterface {
  name = 'Reports1767150000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."report_work_orders" (
      "work_order_id" uuid NOT NULL,
      "received_at" TIMESTAMP WITH TIME ZONE,
      "type" varchar(20),
      "channel" varchar(20),
      "field" varchar(32),
      "district" varchar(64),
      "status" varchar(32) NOT NULL,
      "version" integer NOT NULL,
      "lead_unit_id" varchar(64),
      "dispatch_count" integer NOT NULL,
      "signed_at" TIMESTAMP WITH TIME ZONE,
      "running_due" TIMESTAMP WITH TIME ZONE,
      "completed_at" TIMESTAMP WITH TIME ZONE,
      "appeal_approved" boolean NOT NULL,
      CONSTRAINT "PK_report_work_orders" PRIMARY KEY ("work_order_id"))`);
    await runner.query(`CREATE INDEX "IDX_report_work_orders_received" ON ${s}."report_work_orders" ("received_at")`);
    await runner.query(
      `CREATE INDEX "IDX_report_work_orders_running_due" ON ${s}."report_work_orders" ("running_due") WHERE "running_due" IS NOT NULL`,
    );
    await runner.query(`CREATE TABLE ${s}."report_state_changes" (
      "event_id" uuid NOT NULL,
      "work_order_id" uuid NOT NULL,
      "version" integer NOT NULL,
      "step" varchar(32) NOT NULL,
      "from_status" varchar(32),
      "to_status" varchar(32) NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "unit_id" varchar(64),
      "late" boolean,
      "working_days" double precision,
      "satisfaction" varchar(24),
      "contacted" boolean,
      "excluded" boolean NOT NULL,
      CONSTRAINT "PK_report_state_changes" PRIMARY KEY ("event_id"))`);
    await runner.query(`CREATE INDEX "IDX_report_state_changes_at" ON ${s}."report_state_changes" ("at", "step")`);
    await runner.query(
      `CREATE INDEX "IDX_report_state_changes_work_order" ON ${s}."report_state_changes" ("work_order_id", "version")`,
    );
    await runner.query(`CREATE TABLE ${s}."report_open_days" (
      "day" date NOT NULL,
      "work_order_id" uuid NOT NULL,
      "unit_id" varchar(64),
      "status" varchar(32) NOT NULL,
      "overdue" boolean NOT NULL,
      "age_days" integer NOT NULL,
      CONSTRAINT "PK_report_open_days" PRIMARY KEY ("day", "work_order_id"))`);
    await runner.query(`CREATE TABLE ${s}."report_frozen_months" (
      "month" varchar(7) NOT NULL,
      "frozen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "report" jsonb NOT NULL,
      CONSTRAINT "PK_report_frozen_months" PRIMARY KEY ("month"))`);
    await runner.query(`CREATE TABLE ${s}."report_corrections" (
      "month" varchar(7) NOT NULL,
      "event_id" uuid NOT NULL,
      "work_order_id" uuid NOT NULL,
      "step" varchar(32) NOT NULL,
      "unit_id" varchar(64),
      "at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "arrived_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_report_corrections" PRIMARY KEY ("month", "event_id"))`);
    await runner.query(`CREATE TABLE ${s}."assessment_methods" (
      "version" integer NOT NULL,
      "effective_from" TIMESTAMP WITH TIME ZONE NOT NULL,
      "set_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "set_by" varchar(64) NOT NULL,
      "method" jsonb NOT NULL,
      CONSTRAINT "PK_assessment_methods" PRIMARY KEY ("version"))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    for (const table of [
      'assessment_methods',
      'report_corrections',
      'report_frozen_months',
      'report_open_days',
      'report_state_changes',
      'report_work_orders',
    ]) {
      await runner.query(`DROP TABLE ${s}."${table}"`);
    }
  }
}
