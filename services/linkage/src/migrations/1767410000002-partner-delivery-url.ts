import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** R10.1: where linkage posts its signed messages to a partner on channel https (null: its NATS subject). */
export class PartnerDeliveryUrl1767410000002 implements MigrationInterface {
  name = 'PartnerDeliveryUrl1767410000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE ${schemaOfRunner(runner)}."partners" ADD "delivery_url" character varying(512)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE ${schemaOfRunner(runner)}."partners" DROP COLUMN "delivery_url"`);
  }
}
