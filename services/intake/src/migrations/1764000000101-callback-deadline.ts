import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** R15.2: a work order waiting for a call back carries its 1-working-day deadline. */
export class CallbackDeadline1764000000101 implements MigrationInterface {
  name = 'CallbackDeadline1764000000101';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."work_orders" ADD "callback_due" TIMESTAMP WITH TIME ZONE`);
    await runner.query(`ALTER TABLE ${s}."work_orders" ADD "callback_due_provisional" boolean`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."work_orders" DROP COLUMN "callback_due_provisional"`);
    await runner.query(`ALTER TABLE ${s}."work_orders" DROP COLUMN "callback_due"`);
  }
}
