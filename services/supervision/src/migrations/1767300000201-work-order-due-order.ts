import { sqlMigration } from '@hotline/persistence';

/**
 * The list in deadline order (`sort=due`): its keyset, the running deadline (infinity where none runs, so that those
 * come last) and the id. The expression must stay the one of DUE_ORDER_KEY, the only one the planner matches it to.
 */
export const WorkOrderDueOrder1767300000201 = sqlMigration('WorkOrderDueOrder1767300000201', {
  up: (schema) => [
    `CREATE INDEX "IDX_work_order_listing_due_order" ON ${schema}."work_order_listing" ((coalesce("current_due", 'infinity'::timestamptz)), "id")`,
  ],
  down: (schema) => [`DROP INDEX ${schema}."IDX_work_order_listing_due_order"`],
});
