import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * R10.1: the last step of a handed-over work order that its partner heard of, so that a late or replayed older step
 * never takes a status back. A hand-over kept before this has no version on record: it hears the steps from now on.
 */
export class TransferInReportedStep1768000000001 implements MigrationInterface {
  name = 'TransferInReportedStep1768000000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(
      `ALTER TABLE ${s}."transfers_in" ADD "reported_version" integer, ADD "reported_step_at" TIMESTAMP WITH TIME ZONE`,
    );
    await runner.query(`UPDATE ${s}."transfers_in" SET "reported_step_at" = now() WHERE "status" = 'recorded'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(
      `ALTER TABLE ${s}."transfers_in" DROP COLUMN "reported_version", DROP COLUMN "reported_step_at"`,
    );
  }
}
