import { sqlMigration } from '@hotline/persistence';

/**
 * R10.2: branch centres' orders (one per branch and external id), each partner's incoming sequence and its open gaps,
 * the state of a branch's reconciliation, and the unit in our directory that answers for a branch centre.
 */
export const BranchSync1767430000001 = sqlMigration('BranchSync1767430000001', {
  up: (schema) => [
    `ALTER TABLE ${schema}."partners" ADD "unit_id" varchar(64)`,
    `CREATE TABLE ${schema}."branch_orders" (
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
      CONSTRAINT "UQ_branch_orders_branch_external" UNIQUE ("branch_code", "external_id"))`,
    `CREATE TABLE ${schema}."partner_sync_states" (
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
      CONSTRAINT "PK_partner_sync_states" PRIMARY KEY ("partner_code"))`,
    `CREATE TABLE ${schema}."partner_sequence_gaps" (
      "partner_code" character varying(32) NOT NULL,
      "from_sequence" bigint NOT NULL,
      "to_sequence" bigint NOT NULL,
      "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "requested_at" TIMESTAMP WITH TIME ZONE,
      "requests" integer NOT NULL DEFAULT 0,
      CONSTRAINT "PK_partner_sequence_gaps" PRIMARY KEY ("partner_code", "from_sequence"))`,
  ],
  down: (schema) => [
    `DROP TABLE ${schema}."partner_sequence_gaps"`,
    `DROP TABLE ${schema}."partner_sync_states"`,
    `DROP TABLE ${schema}."branch_orders"`,
    `ALTER TABLE ${schema}."partners" DROP COLUMN "unit_id"`,
  ],
});
