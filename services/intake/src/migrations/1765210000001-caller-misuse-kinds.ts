import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * R27.1 a misuse flag has a kind: repeated calls (the rows so far, counted by the assist) or what an operator records
 * on a request (abuse, threat, long occupation, with a note, a duration and the operator's id). One flag of a kind per
 * request.
 */
export class CallerMisuseKinds1765210000001 implements MigrationInterface {
  name = 'CallerMisuseKinds1765210000001';

  async up(runner: QueryRunner): Promise<void> {
    const table = `${schemaOfRunner(runner)}."caller_misuse_flags"`;
    await runner.query(`ALTER TABLE ${table} ADD "kind" character varying(32) NOT NULL DEFAULT 'repeated-calls'`);
    await runner.query(`ALTER TABLE ${table} ALTER COLUMN "kind" DROP DEFAULT`);
    await runner.query(`ALTER TABLE ${table} ADD "note" character varying(500)`);
    await runner.query(`ALTER TABLE ${table} ADD "duration_seconds" integer`);
    await runner.query(`ALTER TABLE ${table} ADD "recorded_by" character varying(128)`);
    await runner.query(`ALTER TABLE ${table} ALTER COLUMN "count" DROP NOT NULL`);
    await runner.query(`ALTER TABLE ${table} ALTER COLUMN "limit" DROP NOT NULL`);
    await runner.query(`ALTER TABLE ${table} ALTER COLUMN "window_minutes" DROP NOT NULL`);
    await runner.query(`CREATE UNIQUE INDEX "UQ_caller_misuse_flags_request_kind" ON ${table} ("request_id", "kind")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const table = `${schemaOfRunner(runner)}."caller_misuse_flags"`;
    await runner.query(`DROP INDEX ${schemaOfRunner(runner)}."UQ_caller_misuse_flags_request_kind"`);
    await runner.query(`DELETE FROM ${table} WHERE "kind" <> 'repeated-calls'`);
    await runner.query(`ALTER TABLE ${table} ALTER COLUMN "window_minutes" SET NOT NULL`);
    await runner.query(`ALTER TABLE ${table} ALTER COLUMN "limit" SET NOT NULL`);
    await runner.query(`ALTER TABLE ${table} ALTER COLUMN "count" SET NOT NULL`);
    await runner.query(`ALTER TABLE ${table} DROP COLUMN "recorded_by"`);
    await runner.query(`ALTER TABLE ${table} DROP COLUMN "duration_seconds"`);
    await runner.query(`ALTER TABLE ${table} DROP COLUMN "note"`);
    await runner.query(`ALTER TABLE ${table} DROP COLUMN "kind"`);
  }
}
