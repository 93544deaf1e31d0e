import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';
import { SEED_PARTNERS } from './seed-partners';

/** R10.1, R10.2: the partner registry (110/119/120/122, utility lines, branch centres) and their HMAC keys, sealed. */
export class Partners1766400000001 implements MigrationInterface {
  name = 'Partners1766400000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."partners" (
      "code" character varying(32) NOT NULL,
      "name" character varying(64) NOT NULL,
      "kind" character varying(16) NOT NULL,
      "channel" character varying(8) NOT NULL,
      "takes_from_us" jsonb NOT NULL,
      "gives_to_us" jsonb NOT NULL,
      "ack_timeout_seconds" integer NOT NULL,
      "enabled" boolean NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "updated_by" character varying(128) NOT NULL,
      CONSTRAINT "PK_partners" PRIMARY KEY ("code"))`);
    await runner.query(`CREATE TABLE ${s}."partner_keys" (
      "partner_code" character varying(32) NOT NULL,
      "id" character varying(32) NOT NULL,
      "generation" integer NOT NULL,
      "secret_sealed" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "retired_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_partner_keys" PRIMARY KEY ("partner_code", "id"))`);
    for (const partner of SEED_PARTNERS)
      await runner.query(
        `INSERT INTO ${s}."partners" ("code", "name", "kind", "channel", "takes_from_us", "gives_to_us",
          "ack_timeout_seconds", "enabled", "updated_at", "updated_by")
         VALUES ($1, $2, $3, $4, $5, $6, $7, true, now(), 'seed')`,
        [
          partner.code,
          partner.name,
          partner.kind,
          partner.channel,
          JSON.stringify(partner.takesFromUs),
          JSON.stringify(partner.givesToUs),
          partner.ackTimeoutSeconds,
        ],
      );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`DROP TABLE ${s}."partner_keys"`);
    await runner.query(`DROP TABLE ${s}."partners"`);
  }
}
