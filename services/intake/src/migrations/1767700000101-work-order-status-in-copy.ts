import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * Issue 19: a work order's status and when it last changed are read from intake's copy (`work_order_states`, kept
 * by the step events), not from `work_orders`, which kept the same status a second time on every step. A work order
 * without a copy would lose its status here, so the migration refuses to run while there is one.
 */
export class WorkOrderStatusInCopy1767700000101 implements MigrationInterface {
  name = 'WorkOrderStatusInCopy1767700000101';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    const [{ n }]: Array<{ n: number }> = await runner.query(
      `SELECT count(*)::int AS n FROM ${s}."work_orders" w
       WHERE NOT EXISTS (SELECT 1 FROM ${s}."work_order_states" c WHERE c."id" = w."id")`,
    );
    if (n > 0) throw new Error(`${n} work orders have no copy in work_order_states: their status would be lost`);
    await runner.query(`ALTER TABLE ${s}."work_orders" DROP COLUMN "status"`);
    await runner.query(`ALTER TABLE ${s}."work_orders" DROP COLUMN "updated_at"`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."work_orders" ADD "status" character varying(32)`);
    await runner.query(`ALTER TABLE ${s}."work_orders" ADD "updated_at" TIMESTAMP WITH TIME ZONE`);
    await runner.query(
      `UPDATE ${s}."work_orders" w SET "status" = c."status", "updated_at" = c."updated_at"
       FROM ${s}."work_order_states" c WHERE c."id" = w."id"`,
    );
    await runner.query(`ALTER TABLE ${s}."work_orders" ALTER COLUMN "status" SET NOT NULL`);
    await runner.query(`ALTER TABLE ${s}."work_orders" ALTER COLUMN "updated_at" SET NOT NULL`);
  }
}
