import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

export class IntakeTables1764000000100 implements MigrationInterface {
  name = 'IntakeTables1764000000100';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."requests" (
      "id" uuid NOT NULL,
      "channel" varchar(16) NOT NULL,
      "cti_call_id" varchar(64),
      "caller_name_enc" text,
      "caller_phone_enc" text,
      "caller_id_number_enc" text,
      "caller_phone_hash" varchar(64),
      "anonymous" boolean NOT NULL DEFAULT false,
      "content" text NOT NULL,
      "type" varchar(16) NOT NULL,
      "field" varchar(64),
      "category" varchar(64),
      "location" jsonb,
      "outcome" varchar(16) NOT NULL,
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_requests" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_requests_caller_phone_hash" ON ${s}."requests" ("caller_phone_hash")`);
    await runner.query(`CREATE TABLE ${s}."work_orders" (
      "id" uuid NOT NULL,
      "number" varchar(20) NOT NULL,
      "request_id" uuid NOT NULL,
      "status" varchar(32) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_work_orders" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_work_orders_number" UNIQUE ("number"))`);
    await runner.query(`CREATE TABLE ${s}."work_order_counters" (
      "day" char(8) NOT NULL,
      "last" integer NOT NULL,
      CONSTRAINT "PK_work_order_counters" PRIMARY KEY ("day"))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP TABLE ${s}."work_order_counters"`);
    await runner.query(`DROP TABLE ${s}."work_orders"`);
    await runner.query(`DROP TABLE ${s}."requests"`);
  }
}
