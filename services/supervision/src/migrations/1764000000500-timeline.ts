import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

export class Timeline1764000000500 implements MigrationInterface {
  name = 'Timeline1764000000500';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."timeline_entries" (
      "event_id" uuid NOT NULL,
      "work_order_id" varchar(64) NOT NULL,
      "type" varchar(100) NOT NULL,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "actor" jsonb NOT NULL,
      "summary" jsonb NOT NULL,
      CONSTRAINT "PK_timeline_entries" PRIMARY KEY ("event_id"))`);
    await runner.query(
      `CREATE INDEX "IDX_timeline_entries_work_order" ON ${s}."timeline_entries" ("work_order_id", "occurred_at")`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${schemaOfRunner(runner)}."timeline_entries"`);
  }
}
