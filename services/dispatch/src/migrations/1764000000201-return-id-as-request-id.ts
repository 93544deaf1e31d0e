import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** Return requests are known by the id handling gives the unit: `<work order id>:<version the request created>`. */
export class ReturnIdAsRequestId1764000000201 implements MigrationInterface {
  name = 'ReturnIdAsRequestId1764000000201';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE ${schemaOfRunner(runner)}."return_reviews" ALTER COLUMN "id" TYPE character varying(80)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE ${schemaOfRunner(runner)}."return_reviews" ALTER COLUMN "id" TYPE uuid USING split_part("id", ':', 1)::uuid`,
    );
  }
}
