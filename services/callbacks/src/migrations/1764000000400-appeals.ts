import { sqlMigration } from '@hotline/persistence';

export const Appeals1764000000400 = sqlMigration('Appeals1764000000400', {
  up: (schema) => [
    `CREATE TABLE ${schema}."appeals" (
      "id" varchar(80) NOT NULL,
      "work_order_id" uuid NOT NULL,
      "unit_id" varchar(64) NOT NULL,
      "reason" text NOT NULL,
      "evidence" text NOT NULL,
      "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "decision" varchar(16),
      "decided_by" varchar(64),
      "decided_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_appeals" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_appeals_work_order" ON ${schema}."appeals" ("work_order_id")`,
  ],
  down: (schema) => [`DROP TABLE ${schema}."appeals"`],
});
