import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

export class WorkOrderListing1764000000501 implements MigrationInterface {
  name = 'WorkOrderListing1764000000501';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."work_order_listing" (
      "id" uuid NOT NULL,
      "number" varchar(20),
      "type" varchar(32) NOT NULL,
      "district" varchar(64),
      "category" varchar(64),
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "current_due" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_work_order_listing" PRIMARY KEY ("id"))`);
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_received" ON ${s}."work_order_listing" ("received_at", "id")`,
    );
    await runner.query(`CREATE INDEX "IDX_work_order_listing_due" ON ${s}."work_order_listing" ("current_due")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${schemaOfRunner(runner)}."work_order_listing"`);
  }
}
