import { sqlMigration } from '@hotline/persistence';

/**
 * R11.1 (Art. 11): the hotline's duty roster — leaders' answering days and unit heads' rotation days — and, on each
 * work order's listing, who was on duty on the day its call was received (recorded when it was projected).
 */
export const Rosters1765320000001 = sqlMigration('Rosters1765320000001', {
  up: (schema) => [
    `CREATE TABLE ${schema}."roster_duties" (
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
      CONSTRAINT "PK_roster_duties" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_roster_duties_date" ON ${schema}."roster_duties" ("date")`,
    `ALTER TABLE ${schema}."work_order_listing" ADD "on_duty" jsonb`,
  ],
  down: (schema) => [
    `ALTER TABLE ${schema}."work_order_listing" DROP COLUMN "on_duty"`,
    `DROP INDEX ${schema}."IDX_roster_duties_date"`,
    `DROP TABLE ${schema}."roster_duties"`,
  ],
});
