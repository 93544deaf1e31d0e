import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** R10.1, R13.1(5): intake's copy of linkage's partner registry, for the emergency hint and the named line. */
export class PartnerLines1767420000001 implements MigrationInterface {
  name = 'PartnerLines1767420000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE ${schemaOfRunner(runner)}."partner_lines" (
      "code" character varying(32) NOT NULL,
      "name" character varying(64) NOT NULL,
      "kind" character varying(16) NOT NULL,
      "enabled" boolean NOT NULL,
      "takes_from_us" jsonb NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_partner_lines" PRIMARY KEY ("code"))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${schemaOfRunner(runner)}."partner_lines"`);
  }
}
