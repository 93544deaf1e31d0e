import { sqlMigration } from './sql-migration';

/** Outbox, inbox and dead letters: the same three tables in every service's schema. */
export const PlatformTables1764000000000 = sqlMigration('PlatformTables1764000000000', {
  up: (schema) => [
    `CREATE TABLE ${schema}."outbox" (
      "seq" BIGSERIAL PRIMARY KEY,
      "id" uuid NOT NULL,
      "subject" varchar(200) NOT NULL,
      "type" varchar(100) NOT NULL,
      "work_order_id" varchar(64),
      "envelope" jsonb NOT NULL,
      "headers" jsonb NOT NULL DEFAULT '{}',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "sent_at" TIMESTAMP WITH TIME ZONE,
      "attempts" integer NOT NULL DEFAULT 0,
      "last_error" text,
      CONSTRAINT "UQ_outbox_id" UNIQUE ("id"))`,
    `CREATE INDEX "IDX_outbox_unsent" ON ${schema}."outbox" ("seq") WHERE "sent_at" IS NULL`,
    `CREATE INDEX "IDX_outbox_sent_at" ON ${schema}."outbox" ("sent_at")`,
    `CREATE TABLE ${schema}."inbox" (
      "consumer" varchar(200) NOT NULL,
      "event_id" uuid NOT NULL,
      "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_inbox" PRIMARY KEY ("consumer", "event_id"))`,
    `CREATE TABLE ${schema}."dead_letters" (
      "id" uuid NOT NULL,
      "consumer" varchar(200) NOT NULL,
      "subject" varchar(200) NOT NULL,
      "event_id" varchar(64),
      "reason" text NOT NULL,
      "deliveries" integer NOT NULL,
      "body" text NOT NULL,
      "headers" jsonb NOT NULL DEFAULT '{}',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "replayed_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_dead_letters" PRIMARY KEY ("id"))`,
  ],
  down: (schema) => [
    `DROP TABLE ${schema}."dead_letters"`,
    `DROP TABLE ${schema}."inbox"`,
    `DROP TABLE ${schema}."outbox"`,
  ],
});
