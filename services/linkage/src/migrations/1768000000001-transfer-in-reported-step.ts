import { sqlMigration } from '@hotline/persistence';

/**
 * R10.1: the last step of a handed-over work order that its partner heard of, so that a late or replayed older step
 * never takes a status back. A hand-over kept before this has no version on record: it hears the steps from now on.
 */
export const TransferInReportedStep1768000000001 = sqlMigration('TransferInReportedStep1768000000001', {
  up: (schema) => [
    `ALTER TABLE ${schema}."transfers_in" ADD "reported_version" integer, ADD "reported_step_at" TIMESTAMP WITH TIME ZONE`,
    `UPDATE ${schema}."transfers_in" SET "reported_step_at" = now() WHERE "status" = 'recorded'`,
  ],
  down: (schema) => [
    `ALTER TABLE ${schema}."transfers_in" DROP COLUMN "reported_version", DROP COLUMN "reported_step_at"`,
  ],
});
