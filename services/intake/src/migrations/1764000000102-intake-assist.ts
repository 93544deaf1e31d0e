import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';
import { XIANGTAN_JURISDICTIONS } from '@hotline/domain';

/**
 * R14.2 the reason and basis told to a rejected caller (and R15.1 the article of an online closing),
 * R13.2 the city's jurisdiction table (seeded with Xiangtan's districts, counties, cities, zones, townships and
 * streets), R14.3 the audit of clear caller reads, R27.1 the record of caller misuse.
 */
export class IntakeAssist1764000000102 implements MigrationInterface {
  name = 'IntakeAssist1764000000102';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."jurisdictions" (
      "code" varchar(64) NOT NULL,
      "name" varchar(32) NOT NULL,
      "kind" varchar(16) NOT NULL,
      "parent_code" varchar(64),
      "aliases" jsonb NOT NULL DEFAULT '[]',
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_jurisdictions" PRIMARY KEY ("code"))`);
    for (const entry of XIANGTAN_JURISDICTIONS) {
      await runner.query(
        `INSERT INTO ${s}."jurisdictions" ("code", "name", "kind", "parent_code", "aliases") VALUES ($1, $2, $3, $4, $5)`,
        [entry.code, entry.name, entry.kind, entry.parentCode ?? null, JSON.stringify(entry.aliases ?? [])],
      );
    }
    await runner.query(`CREATE TABLE ${s}."caller_reads" (
      "id" uuid NOT NULL,
      "request_id" uuid NOT NULL,
      "reader_id" varchar(128) NOT NULL,
      "reader_role" varchar(32) NOT NULL,
      "reason" varchar(500) NOT NULL,
      "read_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_caller_reads" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_caller_reads_request" ON ${s}."caller_reads" ("request_id")`);
    await runner.query(`CREATE TABLE ${s}."caller_misuse_flags" (
      "id" uuid NOT NULL,
      "request_id" uuid NOT NULL,
      "caller_phone_hash" varchar(64) NOT NULL,
      "count" integer NOT NULL,
      "limit" integer NOT NULL,
      "window_minutes" integer NOT NULL,
      "flagged_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_caller_misuse_flags" PRIMARY KEY ("id"))`);
    await runner.query(
      `CREATE INDEX "IDX_caller_misuse_flags_hash" ON ${s}."caller_misuse_flags" ("caller_phone_hash")`,
    );
    await runner.query(`CREATE INDEX "IDX_requests_received_at" ON ${s}."requests" ("received_at")`);
    await runner.query(`CREATE INDEX "IDX_work_orders_request" ON ${s}."work_orders" ("request_id")`);
    await runner.query(`ALTER TABLE ${s}."work_orders" ADD "rejection_reason_code" smallint`);
    await runner.query(`ALTER TABLE ${s}."work_orders" ADD "rejection_basis" text`);
    await runner.query(`ALTER TABLE ${s}."work_orders" ADD "article_id" varchar(64)`);
    await runner.query(`ALTER TABLE ${s}."work_orders" ADD "updated_at" TIMESTAMP WITH TIME ZONE`);
    await runner.query(`UPDATE ${s}."work_orders" SET "updated_at" = "created_at"`);
    await runner.query(`ALTER TABLE ${s}."work_orders" ALTER COLUMN "updated_at" SET NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."work_orders" DROP COLUMN "updated_at"`);
    await runner.query(`ALTER TABLE ${s}."work_orders" DROP COLUMN "article_id"`);
    await runner.query(`ALTER TABLE ${s}."work_orders" DROP COLUMN "rejection_basis"`);
    await runner.query(`ALTER TABLE ${s}."work_orders" DROP COLUMN "rejection_reason_code"`);
    await runner.query(`DROP INDEX ${s}."IDX_work_orders_request"`);
    await runner.query(`DROP INDEX ${s}."IDX_requests_received_at"`);
    await runner.query(`DROP TABLE ${s}."caller_misuse_flags"`);
    await runner.query(`DROP TABLE ${s}."caller_reads"`);
    await runner.query(`DROP TABLE ${s}."jurisdictions"`);
  }
}
