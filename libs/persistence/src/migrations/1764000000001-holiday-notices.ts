import { sqlMigration } from './sql-migration';

export const HolidayNotices1764000000001 = sqlMigration('HolidayNotices1764000000001', {
  up: (schema) => [
    `CREATE TABLE ${schema}."holiday_notices" (
      "year" integer NOT NULL,
      "notice" jsonb NOT NULL,
      "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_holiday_notices" PRIMARY KEY ("year"))`,
  ],
  down: (schema) => [`DROP TABLE ${schema}."holiday_notices"`],
});
