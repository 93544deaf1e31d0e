import { sqlMigration } from '@hotline/persistence';

/** Return requests are known by the id handling gives the unit: `<work order id>:<version the request created>`. */
export const ReturnIdAsRequestId1764000000201 = sqlMigration('ReturnIdAsRequestId1764000000201', {
  up: (schema) => [`ALTER TABLE ${schema}."return_reviews" ALTER COLUMN "id" TYPE character varying(80)`],
  down: (schema) => [
    `ALTER TABLE ${schema}."return_reviews" ALTER COLUMN "id" TYPE uuid USING split_part("id", ':', 1)::uuid`,
  ],
});
