import { sqlMigration } from '@hotline/persistence';

/** R10.1: partners' non-emergency matters handed to 12345, once per partner reference. */
export const TransfersIn1766400000004 = sqlMigration('TransfersIn1766400000004', {
  up: (schema) => [
    `CREATE TABLE ${schema}."transfers_in" (
      "partner_code" character varying(32) NOT NULL,
      "partner_reference" character varying(64) NOT NULL,
      "shared_incident_id" uuid NOT NULL,
      "message_id" uuid NOT NULL,
      "transfer" jsonb NOT NULL,
      "callback_sealed" text,
      "status" character varying(16) NOT NULL,
      "attempts" integer NOT NULL,
      "work_order_id" uuid,
      "work_order_number" character varying(32),
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_transfers_in" PRIMARY KEY ("partner_code", "partner_reference"))`,
    // each step of a work order asks whether a partner handed it over
    `CREATE INDEX "IDX_transfers_in_work_order" ON ${schema}."transfers_in" ("work_order_id")`,
  ],
  down: (schema) => [`DROP TABLE ${schema}."transfers_in"`],
});
