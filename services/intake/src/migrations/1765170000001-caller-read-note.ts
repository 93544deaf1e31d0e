import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** R14.3 a clear caller read names a reason from a list; the reader's own words go beside it. */
export class CallerReadNote1765170000001 implements MigrationInterface {
  name = 'CallerReadNote1765170000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE ${schemaOfRunner(runner)}."caller_reads" ADD "note" character varying(500)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE ${schemaOfRunner(runner)}."caller_reads" DROP COLUMN "note"`);
  }
}
