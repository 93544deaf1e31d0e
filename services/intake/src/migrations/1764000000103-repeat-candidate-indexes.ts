import { sqlMigration } from '@hotline/persistence';

/**
 * R13.2 the assist's repeat candidates are the newest requests of the same caller and of the same district:
 * each an index range read newest first, however large the table grows.
 */
export const RepeatCandidateIndexes1764000000103 = sqlMigration('RepeatCandidateIndexes1764000000103', {
  up: (schema) => [
    `DROP INDEX ${schema}."IDX_requests_caller_phone_hash"`,
    `CREATE INDEX "IDX_requests_caller_received" ON ${schema}."requests" ("caller_phone_hash", "received_at")`,
    `CREATE INDEX "IDX_requests_district_received" ON ${schema}."requests" (("location" ->> 'district'), "received_at")`,
  ],
  down: (schema) => [
    `DROP INDEX ${schema}."IDX_requests_district_received"`,
    `DROP INDEX ${schema}."IDX_requests_caller_received"`,
    `CREATE INDEX "IDX_requests_caller_phone_hash" ON ${schema}."requests" ("caller_phone_hash")`,
  ],
});
