import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** The street the caller gave reaches routing (R15.3) without the operator typing it again. */
export class RoutingFactsStreet1765110000001 implements MigrationInterface {
  name = 'RoutingFactsStreet1765110000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE ${schemaOfRunner(runner)}."routing_facts" ADD "street" character varying(64)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE ${schemaOfRunner(runner)}."routing_facts" DROP COLUMN "street"`);
  }
}
