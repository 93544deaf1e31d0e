import { sqlMigration } from './sql-migration';

export const WorkOrderStates1764000000002 = sqlMigration('WorkOrderStates1764000000002', {
  up: (schema) => [
    `CREATE TABLE ${schema}."work_order_states" (
      "id" uuid NOT NULL,
      "version" integer NOT NULL,
      "status" character varying(32) NOT NULL,
      "lead_unit_id" character varying(64),
      "co_unit_ids" text array NOT NULL DEFAULT '{}',
      "state" jsonb NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_work_order_states" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_work_order_states_lead_unit" ON ${schema}."work_order_states" ("lead_unit_id")`,
    `CREATE INDEX "IDX_work_order_states_status" ON ${schema}."work_order_states" ("status")`,
  ],
  down: (schema) => [`DROP TABLE ${schema}."work_order_states"`],
});
