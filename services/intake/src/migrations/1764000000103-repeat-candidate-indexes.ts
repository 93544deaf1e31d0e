import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * R13.2 the assist's repeat candidates are the newest requests of the same caller and of the same district:
 * each an index range read newest first, however large the table grows.
 */
export class RepeatCandidateIndexes1764000000103 implements MigrationInterface {
  name = 'RepeatCandidateIndexes1764000000103';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP INDEX ${s}."IDX_requests_caller_phone_hash"`);
    await runner.query(
      `CREATE INDEX "IDX_requests_caller_received" ON ${s}."requests" ("caller_phone_hash", "received_at")`,
    );
    await runner.query(
      `CREATE INDEX "IDX_requests_district_received" ON ${s}."requests" (("location" ->> 'district'), "received_at")`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP INDEX ${s}."IDX_requests_district_received"`);
    await runner.query(`DROP INDEX ${s}."IDX_requests_caller_received"`);
    await runner.query(`CREATE INDEX "IDX_requests_caller_phone_hash" ON ${s}."requests" ("caller_phone_hash")`);
  }
}
