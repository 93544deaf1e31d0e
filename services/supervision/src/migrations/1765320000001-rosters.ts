import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * R11.1 (Art. 11): the hotline's duty roster — leaders' answering days and unit heads' rotation days — and, on each
 * work order's listing, who was on duty on the day its call was received (recorded when it was projected).
 */
export class Rosters1765320000001 implements MigrationInterface {
  name = 'Rosters1765320000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."roster_duties" (
      "id" uuid NOT NULL,
      "kind" character varying(32) NOT NULL,
      "date" date NOT NULL,
      "person" character varying(64) NOT NULL,
      "unit_id" character varying(64),
      "slot_from" character varying(5),
      "slot_until" character varying(5),
      "note" character varying(500),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "created_by" character varying(128) NOT NULL,
      CONSTRAINT "PK_roster_duties" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_roster_duties_date" ON ${s}."roster_duties" ("date")`);
    await runner.query(`ALTER TABLE ${s}."work_order_listing" ADD "on_duty" jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."work_order_listing" DROP COLUMN "on_duty"`);
    await runner.query(`DROP INDEX ${s}."IDX_roster_duties_date"`);
    await runner.query(`DROP TABLE ${s}."roster_duties"`);
  }
}
