import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * Art. 26(5): the status of the work order when its caller was read, so that the audit shows reads of orders the
 * reader's unit was not working on. Reads audited before stay null (no evidence either way).
 */
export class CallerReadWorkOrderStatus1765300000201 implements MigrationInterface {
  name = 'CallerReadWorkOrderStatus1765300000201';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE ${schemaOfRunner(runner)}."caller_reads" ADD "work_order_status" character varying(32)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE ${schemaOfRunner(runner)}."caller_reads" DROP COLUMN "work_order_status"`);
  }
}
