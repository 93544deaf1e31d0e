import { sqlMigration } from '@hotline/persistence';

/** R15.2: a work order waiting for a call back carries its 1-working-day deadline. */
export const CallbackDeadline1764000000101 = sqlMigration('CallbackDeadline1764000000101', {
  up: (schema) => [
    `ALTER TABLE ${schema}."work_orders" ADD "callback_due" TIMESTAMP WITH TIME ZONE`,
    `ALTER TABLE ${schema}."work_orders" ADD "callback_due_provisional" boolean`,
  ],
  down: (schema) => [
    `ALTER TABLE ${schema}."work_orders" DROP COLUMN "callback_due_provisional"`,
    `ALTER TABLE ${schema}."work_orders" DROP COLUMN "callback_due"`,
  ],
});
