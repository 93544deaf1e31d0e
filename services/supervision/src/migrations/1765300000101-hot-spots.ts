import { sqlMigration } from '@hotline/persistence';

/** R23.1 trigger 2: hot spots and the work orders linked to them (one hot spot per work order at most). */
export const HotSpots1765300000101 = sqlMigration('HotSpots1765300000101', {
  up: (schema) => [
    `CREATE TABLE ${schema}."hot_spots" (
      "id" uuid NOT NULL,
      "district" varchar(64) NOT NULL,
      "street" varchar(64) NOT NULL,
      "category" varchar(64) NOT NULL,
      "detected_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
      "window_end" TIMESTAMP WITH TIME ZONE NOT NULL,
      "detected_count" integer NOT NULL,
      "baseline" double precision NOT NULL,
      "member_count" integer NOT NULL,
      "last_received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "active_until" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_hot_spots" PRIMARY KEY ("id"))`,
    `CREATE INDEX "IDX_hot_spots_place" ON ${schema}."hot_spots" ("district", "street", "category", "active_until")`,
    `CREATE INDEX "IDX_hot_spots_last_received" ON ${schema}."hot_spots" ("last_received_at", "id")`,
    `CREATE TABLE ${schema}."hot_spot_work_orders" (
      "work_order_id" uuid NOT NULL,
      "hot_spot_id" uuid NOT NULL,
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_hot_spot_work_orders" PRIMARY KEY ("work_order_id"))`,
    `CREATE INDEX "IDX_hot_spot_work_orders_hot_spot" ON ${schema}."hot_spot_work_orders" ("hot_spot_id", "received_at")`,
  ],
  down: (schema) => [`DROP TABLE ${schema}."hot_spot_work_orders"`, `DROP TABLE ${schema}."hot_spots"`],
});
