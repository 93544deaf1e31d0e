import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * R14.3/R18.1 caller identity as Art. 14/18 say: the audit of clear reads names the work order and the reader's
 * unit (reads before this are matched to their work order), and units' relay requests to anonymous callers.
 */
export class CallerIdentity1765120000001 implements MigrationInterface {
  name = 'CallerIdentity1765120000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."caller_reads" ADD "work_order_id" uuid`);
    await runner.query(`ALTER TABLE ${s}."caller_reads" ADD "unit_id" varchar(64)`);
    await runner.query(
      `UPDATE ${s}."caller_reads" r SET "work_order_id" = w."id" FROM ${s}."work_orders" w WHERE w."request_id" = r."request_id"`,
    );
    await runner.query(`CREATE INDEX "IDX_caller_reads_read_at" ON ${s}."caller_reads" ("read_at", "id")`);
    await runner.query(
      `CREATE INDEX "IDX_caller_reads_work_order" ON ${s}."caller_reads" ("work_order_id", "read_at")`,
    );
    await runner.query(`CREATE INDEX "IDX_caller_reads_unit" ON ${s}."caller_reads" ("unit_id", "read_at")`);
    await runner.query(`CREATE TABLE ${s}."contact_requests" (
      "id" uuid NOT NULL,
      "work_order_id" uuid NOT NULL,
      "request_id" uuid NOT NULL,
      "unit_id" varchar(64) NOT NULL,
      "requested_by" varchar(128) NOT NULL,
      "message" text NOT NULL,
      "status" varchar(16) NOT NULL,
      "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "contacted" boolean,
      "note" text,
      "closed_by" varchar(128),
      "closed_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_contact_requests" PRIMARY KEY ("id"))`);
    await runner.query(
      `CREATE INDEX "IDX_contact_requests_status_requested" ON ${s}."contact_requests" ("status", "requested_at", "id")`,
    );
    await runner.query(`CREATE INDEX "IDX_contact_requests_work_order" ON ${s}."contact_requests" ("work_order_id")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP TABLE ${s}."contact_requests"`);
    await runner.query(`DROP INDEX ${s}."IDX_caller_reads_unit"`);
    await runner.query(`DROP INDEX ${s}."IDX_caller_reads_work_order"`);
    await runner.query(`DROP INDEX ${s}."IDX_caller_reads_read_at"`);
    await runner.query(`ALTER TABLE ${s}."caller_reads" DROP COLUMN "unit_id"`);
    await runner.query(`ALTER TABLE ${s}."caller_reads" DROP COLUMN "work_order_id"`);
  }
}
