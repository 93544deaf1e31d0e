import { sqlMigration } from '@hotline/persistence';

/** R15.5: co-handling units' contributions to the lead unit's reply. */
export const CoUnitContributions1764000000300 = sqlMigration('CoUnitContributions1764000000300', {
  up: (schema) => [
    `CREATE TABLE ${schema}."co_unit_contributions" (
      "id" uuid NOT NULL,
      "work_order_id" uuid NOT NULL,
      "unit_id" varchar(64) NOT NULL,
      "submitted_by" varchar(128) NOT NULL,
      "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "reply" jsonb NOT NULL,
      CONSTRAINT "PK_co_unit_contributions" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_co_unit_contributions_work_order" ON ${schema}."co_unit_contributions" ("work_order_id", "submitted_at")`,
  ],
  down: (schema) => [`DROP TABLE ${schema}."co_unit_contributions"`],
});
