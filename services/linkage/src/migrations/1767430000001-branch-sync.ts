import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * R10.2: branch centres' orders (one per branch and external id), each partner's incoming sequence and its open gaps,
 * the state of a branch's reconciliation, and the unit in our directory that answers for a branch centre.
 */
export class BranchSync1767430000001 implements MigrationInterface {
  name = 'BranchSync1767430000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."partners" ADD "unit_id" varchar(64)`);
    await runner.query(`CREATE TABLE ${s}."branch_orders" (
      "id" uuid NOT NULL,
      "branch_code" character varying(32) NOT NULL,
      "external_id" character varying(64) NOT NULL,
      "version" integer NOT NULL,
      "number" character varying(64) NOT NULL,
      "request_type" character varying(32) NOT NULL,
      "category" character varying(64),
      "district" character varying(64),
      "matter" text NOT NULL,
      "status" character varying(16) NOT NULL,
      "handling_unit" character varying(128),
      "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "due_at" TIMESTAMP WITH TIME ZONE,
      "closed_at" TIMESTAMP WITH TIME ZONE,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "synced_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_branch_orders" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_branch_orders_branch_external" UNIQUE ("branch_code", "external_id"))`);
    await runner.query(`CREATE TABLE ${s}."partner_sync_states" (
      "partner_code" character varying(32) NOT NULL,
      "highest_sequence" bigint NOT NULL DEFAULT 0,
      "reconciliation_cursor" character varying(256),
      "reconciliation_started_at" TIMESTAMP WITH TIME ZONE,
      "reconciliation_requested_at" TIMESTAMP WITH TIME ZONE,
      "reconciliation_through" bigint,
      "last_reconciled_at" TIMESTAMP WITH TIME ZONE,
      "branch_total" integer,
      "held_at_reconciliation" integer,
      "drift" integer,
      CONSTRAINT "PK_partner_sync_states" PRIMARY KEY ("partner_code"))`);
    await runner.query(`CREATE TABLE ${s}."partner_sequence_gaps" (
      "partner_code" character varying(32) NOT NULL,
      "from_sequence" bigint NOT NULL,
      "to_sequence" bigint NOT NULL,
      "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "requested_at" TIMESTAMP WITH TIME ZONE,
      "requests" integer NOT NULL DEFAULT 0,
      CONSTRAINT "PK_partner_sequence_gaps" PRIMARY KEY ("partner_code", "from_sequence"))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP TABLE ${s}."partner_sequence_gaps"`);
    await runner.query(`DROP TABLE ${s}."partner_sync_states"`);
    await runner.query(`DROP TABLE ${s}."branch_orders"`);
    await runner.query(`ALTER TABLE ${s}."partners" DROP COLUMN "unit_id"`);
  }
}
