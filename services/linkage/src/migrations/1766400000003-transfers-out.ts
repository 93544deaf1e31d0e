import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** R10.1: transfers out to partner lines, and each partner's last outgoing sequence number (order per partner). */
export class TransfersOut1766400000003 implements MigrationInterface {
  name = 'TransfersOut1766400000003';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."transfers_out" (
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
      CONSTRAINT "PK_transfers_out" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_transfers_out_due" ON ${s}."transfers_out" ("next_attempt_at")`);
    await runner.query(`CREATE INDEX "IDX_transfers_out_work_order" ON ${s}."transfers_out" ("work_order_id")`);
    await runner.query(`ALTER TABLE ${s}."partners" ADD "last_sequence_out" bigint NOT NULL DEFAULT 0`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."partners" DROP COLUMN "last_sequence_out"`);
    await runner.query(`DROP TABLE ${s}."transfers_out"`);
  }
}
