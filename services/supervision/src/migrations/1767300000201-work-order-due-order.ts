import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * The list in deadline order (`sort=due`): its keyset, the running deadline (infinity where none runs, so that those
 * come last) and the id. The expression must stay the one of DUE_ORDER_KEY, the only one the planner matches it to.
 */
export class WorkOrderDueOrder1767300000201 implements MigrationInterface {
  name = 'WorkOrderDueOrder1767300000201';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(
      `CREATE INDEX "IDX_work_order_listing_due_order" ON ${s}."work_order_listing" ((coalesce("current_due", 'infinity'::timestamptz)), "id")`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP INDEX ${s}."IDX_work_order_listing_due_order"`);
  }
}
