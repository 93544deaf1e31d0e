import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

const UNIT_DAY_COUNTS = [
  'state_changes',
  'received',
  'dispatched',
  'returned',
  'returns_approved',
  'signed',
  'signed_on_time',
  'completed',
  'completed_on_time',
  'completed_late',
  'extensions',
  'extensions_approved',
  'callbacks',
  'contacted',
  'satisfied',
  'appeals_excluded',
  'rehandled',
];
const BREAKDOWN_DAY_COUNTS = [
  'received',
  'completed',
  'completed_on_time',
  'callbacks',
  'satisfied',
  'appeals_excluded',
];
const columns = (names: string[]) => names.map((name) => `"${name}" integer NOT NULL`).join(',\n      ');

/**
 * R24.1 rollups the fold keeps beside the report model, so a month is read from aggregates: counts per unit and day,
 * per type, district and field and day, and a histogram of durations per unit, month and working minute. Filled
 * from the existing rows by `npm run reports:rebuild`.
 */
export class ReportRollups1767400000001 implements MigrationInterface {
  name = 'ReportRollups1767400000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(`CREATE TABLE ${s}."report_unit_days" (
      "day" date NOT NULL,
      "unit_key" varchar(64) NOT NULL,
      ${columns(UNIT_DAY_COUNTS)},
      CONSTRAINT "PK_report_unit_days" PRIMARY KEY ("day", "unit_key"))`);
    await runner.query(`CREATE TABLE ${s}."report_breakdown_days" (
      "day" date NOT NULL,
      "type_key" varchar(20) NOT NULL,
      "district_key" varchar(64) NOT NULL,
      "field_key" varchar(32) NOT NULL,
      ${columns(BREAKDOWN_DAY_COUNTS)},
      CONSTRAINT "PK_report_breakdown_days" PRIMARY KEY ("day", "type_key", "district_key", "field_key"))`);
    await runner.query(`CREATE TABLE ${s}."report_duration_minutes" (
      "month" varchar(7) NOT NULL,
      "unit_key" varchar(64) NOT NULL,
      "kind" varchar(8) NOT NULL,
      "minute" integer NOT NULL,
      "count" integer NOT NULL,
      CONSTRAINT "PK_report_duration_minutes" PRIMARY KEY ("month", "unit_key", "kind", "minute"))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOfRunner(runner);
    for (const table of ['report_duration_minutes', 'report_breakdown_days', 'report_unit_days']) {
      await runner.query(`DROP TABLE ${s}."${table}"`);
    }
  }
}
