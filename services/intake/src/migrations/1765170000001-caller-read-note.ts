import { sqlMigration } from '@hotline/persistence';

/** R14.3 a clear caller read names a reason from a list; the reader's own words go beside it. */
export const CallerReadNote1765170000001 = sqlMigration('CallerReadNote1765170000001', {
  up: (schema) => [`ALTER TABLE ${schema}."caller_reads" ADD "note" character varying(500)`],
  down: (schema) => [`ALTER TABLE ${schema}."caller_reads" DROP COLUMN "note"`],
});
