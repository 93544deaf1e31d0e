import { sqlMigration } from '@hotline/persistence';

/**
 * R14.3/R18.1 caller identity as Art. 14/18 say: the audit of clear reads names the work order and the reader's
 * unit (reads before this are matched to their work order), and units' relay requests to anonymous callers.
 */
export const CallerIdentity1765120000001 = sqlMigration('CallerIdentity1765120000001', {
  up: (schema) => [
    `ALTER TABLE ${schema}."caller_reads" ADD "work_order_id" uuid`,
    `ALTER TABLE ${schema}."caller_reads" ADD "unit_id" varchar(64)`,
    `UPDATE ${schema}."caller_reads" r SET "work_order_id" = w."id" FROM ${schema}."work_orders" w WHERE w."request_id" = r."request_id"`,
    `CREATE INDEX "IDX_caller_reads_read_at" ON ${schema}."caller_reads" ("read_at", "id")`,
    `CREATE INDEX "IDX_caller_reads_work_order" ON ${schema}."caller_reads" ("work_order_id", "read_at")`,
    `CREATE INDEX "IDX_caller_reads_unit" ON ${schema}."caller_reads" ("unit_id", "read_at")`,
    `CREATE TABLE ${schema}."contact_requests" (
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
      CONSTRAINT "PK_contact_requests" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_contact_requests_status_requested" ON ${schema}."contact_requests" ("status", "requested_at", "id")`,
    `CREATE INDEX "IDX_contact_requests_work_order" ON ${schema}."contact_requests" ("work_order_id")`,
  ],
  down: (schema) => [
    `DROP TABLE ${schema}."contact_requests"`,
    `DROP INDEX ${schema}."IDX_caller_reads_unit"`,
    `DROP INDEX ${schema}."IDX_caller_reads_work_order"`,
    `DROP INDEX ${schema}."IDX_caller_reads_read_at"`,
    `ALTER TABLE ${schema}."caller_reads" DROP COLUMN "unit_id"`,
    `ALTER TABLE ${schema}."caller_reads" DROP COLUMN "work_order_id"`,
  ],
});
