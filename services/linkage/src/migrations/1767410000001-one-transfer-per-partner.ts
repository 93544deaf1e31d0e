import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * R10.1, R13.1(5): one transfer of a work order per partner line, whether the emergency rejection sent it by itself
 * or the operator posted it (a second is refused), and one `unrouted` alert (partner '') per rejection.
 */
export class OneTransferPerPartner1767410000001 implements MigrationInterface {
  name = 'OneTransferPerPartner1767410000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(
      `CREATE UNIQUE INDEX "UQ_transfers_out_work_order_partner" ON ${s}."transfers_out" ("work_order_id", "partner_code")`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP INDEX ${s}."UQ_transfers_out_work_order_partner"`);
  }
}
