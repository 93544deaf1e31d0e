import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from './schema-of-runner';

export class HolidayNotices1764000000001 implements MigrationInterface {
  name = 'HolidayNotices1764000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE ${schemaOfRunner(runner)}."holiday_notices" (
      "year" integer NOT NULL,
      "notice" jsonb NOT NULL,
      "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_holiday_notices" PRIMARY KEY ("year"))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${schemaOfRunner(runner)}."holiday_notices"`);
  }
}
