import { sqlMigration } from '@hotline/persistence';

/**
 * R10.1, R13.1(5): one transfer of a work order per partner line, whether the emergency rejection sent it by itself
 * or the operator posted it (a second is refused), and one `unrouted` alert (partner '') per rejection.
 */
export const OneTransferPerPartner1767410000001 = sqlMigration('OneTransferPerPartner1767410000001', {
  up: (schema) => [
    `CREATE UNIQUE INDEX "UQ_transfers_out_work_order_partner" ON ${schema}."transfers_out" ("work_order_id", "partner_code")`,
  ],
  down: (schema) => [`DROP INDEX ${schema}."UQ_transfers_out_work_order_partner"`],
});
