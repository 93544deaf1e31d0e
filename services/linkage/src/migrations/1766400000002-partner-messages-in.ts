import { sqlMigration } from '@hotline/persistence';

/** R10.1, R10.2: messages received from partners, kept once by message id (at-least-once delivery). */
export const PartnerMessagesIn1766400000002 = sqlMigration('PartnerMessagesIn1766400000002', {
  up: (schema) => [
    `CREATE TABLE ${schema}."partner_messages_in" (
      "message_id" uuid NOT NULL,
      "partner_code" character varying(32) NOT NULL,
      "sequence" bigint NOT NULL,
      "kind" character varying(32) NOT NULL,
      "shared_incident_id" uuid NOT NULL,
      "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "envelope" jsonb NOT NULL,
      "callback_sealed" text,
      CONSTRAINT "PK_partner_messages_in" PRIMARY KEY ("message_id"))`,
    `CREATE INDEX "IDX_partner_messages_in_partner_sequence" ON ${schema}."partner_messages_in" ("partner_code", "sequence")`,
  ],
  down: (schema) => [`DROP TABLE ${schema}."partner_messages_in"`],
});
