import { sqlMigration } from '@hotline/persistence';

export const Timeline1764000000500 = sqlMigration('Timeline1764000000500', {
  up: (schema) => [
    `CREATE TABLE ${schema}."timeline_entries" (
      "event_id" uuid NOT NULL,
      "work_order_id" varchar(64) NOT NULL,
      "type" varchar(100) NOT NULL,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "actor" jsonb NOT NULL,
      "summary" jsonb NOT NULL,
      CONSTRAINT "PK_timeline_entries" PRIMARY KEY ("event_id"))`,
    `CREATE INDEX "IDX_timeline_entries_work_order" ON ${schema}."timeline_entries" ("work_order_id", "occurred_at")`,
  ],
  down: (schema) => [`DROP TABLE ${schema}."timeline_entries"`],
});
