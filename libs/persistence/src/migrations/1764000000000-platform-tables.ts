import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from './schema-of-runner';

/** Outbox, inbox and dead letters: the same three tables in every service's schema. */
export class PlatformTables1764000000000 implements MigrationInterface {
  name = 'PlatformTables1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."outbox" (
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
      CONSTRAINT "UQ_outbox_id" UNIQUE ("id"))`);
    await runner.query(`CREATE INDEX "IDX_outbox_unsent" ON ${s}."outbox" ("seq") WHERE "sent_at" IS NULL`);
    await runner.query(`CREATE INDEX "IDX_outbox_sent_at" ON ${s}."outbox" ("sent_at")`);
    await runner.query(`CREATE TABLE ${s}."inbox" (
      "consumer" varchar(200) NOT NULL,
      "event_id" uuid NOT NULL,
      "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_inbox" PRIMARY KEY ("consumer", "event_id"))`);
    await runner.query(`CREATE TABLE ${s}."dead_letters" (
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
      CONSTRAINT "PK_dead_letters" PRIMARY KEY ("id"))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP TABLE ${s}."dead_letters"`);
    await runner.query(`DROP TABLE ${s}."inbox"`);
    await runner.query(`DROP TABLE ${s}."outbox"`);
  }
}
