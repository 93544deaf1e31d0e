import { sqlMigration } from '@hotline/persistence';

export const WorkOrderListing1764000000501 = sqlMigration('WorkOrderListing1764000000501', {
  up: (schema) => [
    `CREATE TABLE ${schema}."work_order_listing" (
      "id" uuid NOT NULL,
      "number" varchar(20),
      "type" varchar(32) NOT NULL,
      "district" varchar(64),
      "category" varchar(64),
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "current_due" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_work_order_listing" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_work_order_listing_received" ON ${schema}."work_order_listing" ("received_at", "id")`,
    `CREATE INDEX "IDX_work_order_listing_due" ON ${schema}."work_order_listing" ("current_due")`,
  ],
  down: (schema) => [`DROP TABLE ${schema}."work_order_listing"`],
});
