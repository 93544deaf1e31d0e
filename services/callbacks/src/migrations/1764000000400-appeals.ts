import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

export class Appeals1764000000400 implements MigrationInterface {
  name = 'Appeals1764000000400';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."appeals" (
      "id" varchar(80) NOT NULL,
      "work_order_id" uuid NOT NULL,
      "unit_id" varchar(64) NOT NULL,
      "reason" text NOT NULL,
      "evidence" text NOT NULL,
      "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "decision" varchar(16),
      "decided_by" varchar(64),
      "decided_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_appeals" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_appeals_work_order" ON ${s}."appeals" ("work_order_id")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${schemaOfRunner(runner)}."appeals"`);
  }
}
