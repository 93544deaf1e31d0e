import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * R24.1 the report model is folded in batches after the event's transaction rather than inside it: each event leaves a
 * row here, in the transaction that writes its timeline entry, until the folder has folded its work order.
 */
export class ReportPendingEvents1767600000001 implements MigrationInterface {
  name = 'ReportPendingEvents1767600000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."report_pending_events" (
      "event_id" uuid NOT NULL,
      "work_order_id" uuid NOT NULL,
      "event_type" varchar(64) NOT NULL,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "arrived_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_report_pending_events" PRIMARY KEY ("event_id"))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${schemaOfRunner(runner)}."report_pending_events"`);
  }
}
