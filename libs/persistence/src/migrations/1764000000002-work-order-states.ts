import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from './schema-of-runner';

export class WorkOrderStates1764000000002 implements MigrationInterface {
  name = 'WorkOrderStates1764000000002';

  async up(runner: QueryRunner): Promise<void> {
    const schema = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${schema}."work_order_states" (
      "id" uuid NOT NULL,
      "version" integer NOT NULL,
      "status" character varying(32) NOT NULL,
      "lead_unit_id" character varying(64),
      "co_unit_ids" text array NOT NULL DEFAULT '{}',
      "state" jsonb NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_work_order_states" PRIMARY KEY ("id"))`);
    await runner.query(
      `CREATE INDEX "IDX_work_order_states_lead_unit" ON ${schema}."work_order_states" ("lead_unit_id")`,
    );
    await runner.query(`CREATE INDEX "IDX_work_order_states_status" ON ${schema}."work_order_states" ("status")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${schemaOfRunner(runner)}."work_order_states"`);
  }
}
