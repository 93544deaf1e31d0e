import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** R15.5: co-handling units' contributions to the lead unit's reply. */
export class CoUnitContributions1764000000300 implements MigrationInterface {
  name = 'CoUnitContributions1764000000300';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."co_unit_contributions" (
      "id" uuid NOT NULL,
      "work_order_id" uuid NOT NULL,
      "unit_id" varchar(64) NOT NULL,
      "submitted_by" varchar(128) NOT NULL,
      "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "reply" jsonb NOT NULL,
      CONSTRAINT "PK_co_unit_contributions" PRIMARY KEY ("id"))`);
    await runner.query(
      `CREATE INDEX "IDX_co_unit_contributions_work_order" ON ${s}."co_unit_contributions" ("work_order_id", "submitted_at")`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP TABLE ${s}."co_unit_contributions"`);
  }
}
