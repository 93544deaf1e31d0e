import { sqlMigration } from '@hotline/persistence';

/** R10.1: transfers out to partner lines, and each partner's last outgoing sequence number (order per partner). */
export const TransfersOut1766400000003 = sqlMigration('TransfersOut1766400000003', {
  up: (schema) => [
    `CREATE TABLE ${schema}."transfers_out" (
      "id" uuid NOT NULL,
      "work_order_id" uuid NOT NULL,
      "work_order_number" character varying(32),
      "partner_code" character varying(32) NOT NULL,
      "shared_incident_id" uuid NOT NULL,
      "message_id" uuid NOT NULL,
      "sequence" bigint NOT NULL,
      "envelope" jsonb NOT NULL,
      "callback_sealed" text,
      "status" character varying(16) NOT NULL,
      "attempts" integer NOT NULL,
      "next_attempt_at" TIMESTAMP WITH TIME ZONE,
      "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "acknowledged_at" TIMESTAMP WITH TIME ZONE,
      "alerted_at" TIMESTAMP WITH TIME ZONE,
      "cause" character varying(64),
      "detail" text,
      "partner_reference" character varying(64),
      "created_by" character varying(128) NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_transfers_out" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_transfers_out_due" ON ${schema}."transfers_out" ("next_attempt_at")`,
    `CREATE INDEX "IDX_transfers_out_work_order" ON ${schema}."transfers_out" ("work_order_id")`,
    `ALTER TABLE ${schema}."partners" ADD "last_sequence_out" bigint NOT NULL DEFAULT 0`,
  ],
  down: (schema) => [
    `ALTER TABLE ${schema}."partners" DROP COLUMN "last_sequence_out"`,
    `DROP TABLE ${schema}."transfers_out"`,
  ],
});
