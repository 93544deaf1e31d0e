import { sqlMigration } from '@hotline/persistence';

/**
 * R27.1 a misuse flag has a kind: repeated calls (the rows so far, counted by the assist) or what an operator records
 * on a request (abuse, threat, long occupation, with a note, a duration and the operator's id). One flag of a kind per
 * request.
 */
export const CallerMisuseKinds1765210000001 = sqlMigration('CallerMisuseKinds1765210000001', {
  up: (schema) => [
    `ALTER TABLE ${schema}."caller_misuse_flags" ADD "kind" character varying(32) NOT NULL DEFAULT 'repeated-calls'`,
    `ALTER TABLE ${schema}."caller_misuse_flags" ALTER COLUMN "kind" DROP DEFAULT`,
    `ALTER TABLE ${schema}."caller_misuse_flags" ADD "note" character varying(500)`,
    `ALTER TABLE ${schema}."caller_misuse_flags" ADD "duration_seconds" integer`,
    `ALTER TABLE ${schema}."caller_misuse_flags" ADD "recorded_by" character varying(128)`,
    `ALTER TABLE ${schema}."caller_misuse_flags" ALTER COLUMN "count" DROP NOT NULL`,
    `ALTER TABLE ${schema}."caller_misuse_flags" ALTER COLUMN "limit" DROP NOT NULL`,
    `ALTER TABLE ${schema}."caller_misuse_flags" ALTER COLUMN "window_minutes" DROP NOT NULL`,
    `CREATE UNIQUE INDEX "UQ_caller_misuse_flags_request_kind" ON ${schema}."caller_misuse_flags" ("request_id", "kind")`,
  ],
  down: (schema) => [
    `DROP INDEX ${schema}."UQ_caller_misuse_flags_request_kind"`,
    `DELETE FROM ${schema}."caller_misuse_flags" WHERE "kind" <> 'repeated-calls'`,
    `ALTER TABLE ${schema}."caller_misuse_flags" ALTER COLUMN "window_minutes" SET NOT NULL`,
    `ALTER TABLE ${schema}."caller_misuse_flags" ALTER COLUMN "limit" SET NOT NULL`,
    `ALTER TABLE ${schema}."caller_misuse_flags" ALTER COLUMN "count" SET NOT NULL`,
    `ALTER TABLE ${schema}."caller_misuse_flags" DROP COLUMN "recorded_by"`,
    `ALTER TABLE ${schema}."caller_misuse_flags" DROP COLUMN "duration_seconds"`,
    `ALTER TABLE ${schema}."caller_misuse_flags" DROP COLUMN "note"`,
    `ALTER TABLE ${schema}."caller_misuse_flags" DROP COLUMN "kind"`,
  ],
});
