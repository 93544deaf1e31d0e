import { sqlMigration } from '@hotline/persistence';

/**
 * Art. 26(5): the status of the work order when its caller was read, so that the audit shows reads of orders the
 * reader's unit was not working on. Reads audited before stay null (no evidence either way).
 */
export const CallerReadWorkOrderStatus1765300000201 = sqlMigration('CallerReadWorkOrderStatus1765300000201', {
  up: (schema) => [`ALTER TABLE ${schema}."caller_reads" ADD "work_order_status" character varying(32)`],
  down: (schema) => [`ALTER TABLE ${schema}."caller_reads" DROP COLUMN "work_order_status"`],
});
