import { sqlMigration } from '@hotline/persistence';

export const IntakeTables1764000000100 = sqlMigration('IntakeTables1764000000100', {
  up: (schema) => [
    `CREATE TABLE ${schema}."requests" (
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
      CONSTRAINT "PK_requests" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_requests_caller_phone_hash" ON ${schema}."requests" ("caller_phone_hash")`,
    `CREATE TABLE ${schema}."work_orders" (
      "id" uuid NOT NULL,
      "number" varchar(20) NOT NULL,
      "request_id" uuid NOT NULL,
      "status" varchar(32) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_work_orders" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_work_orders_number" UNIQUE ("number"))`,
    `CREATE TABLE ${schema}."work_order_counters" (
      "day" char(8) NOT NULL,
      "last" integer NOT NULL,
      CONSTRAINT "PK_work_order_counters" PRIMARY KEY ("day"))`,
  ],
  down: (schema) => [
    `DROP TABLE ${schema}."work_order_counters"`,
    `DROP TABLE ${schema}."work_orders"`,
    `DROP TABLE ${schema}."requests"`,
  ],
});
