import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/**
 * R15.2 the caller's consent to a call back as the operator gave it; R20.3 the nature of the matter named at intake;
 * R15.1 the version of the knowledge article a work order was answered from.
 */
export class ConsentNatureArticleVersion1765130000001 implements MigrationInterface {
  name = 'ConsentNatureArticleVersion1765130000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."requests" ADD "caller_consent" boolean`);
    await runner.query(`ALTER TABLE ${s}."requests" ADD "matter_nature" character varying(16)`);
    await runner.query(`ALTER TABLE ${s}."work_orders" ADD "article_version" integer`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`ALTER TABLE ${s}."work_orders" DROP COLUMN "article_version"`);
    await runner.query(`ALTER TABLE ${s}."requests" DROP COLUMN "matter_nature"`);
    await runner.query(`ALTER TABLE ${s}."requests" DROP COLUMN "caller_consent"`);
  }
}
