import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** R10.1, R10.2: messages received from partners, kept once by message id (at-least-once delivery). */
export class PartnerMessagesIn1766400000002 implements MigrationInterface {
  name = 'PartnerMessagesIn1766400000002';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."partner_messages_in" (
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
      CONSTRAINT "PK_partner_messages_in" PRIMARY KEY ("message_id"))`);
    await runner.query(
      `CREATE INDEX "IDX_partner_messages_in_partner_sequence" ON ${s}."partner_messages_in" ("partner_code", "sequence")`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP TABLE ${s}."partner_messages_in"`);
  }
}
