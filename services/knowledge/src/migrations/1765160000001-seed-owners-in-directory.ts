import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';

/** The ids the seed articles were first loaded with, none of them a unit of the directory, and the units that own them. */
const FORMER_TO_DIRECTORY: ReadonlyArray<readonly [string, string]> = [
  ['unit-xt-edu', 'xt-jyj'],
  ['unit-xt-psb', 'xt-gaj'],
  ['unit-xt-hrss', 'xt-rsj'],
  ['unit-xt-hpf', 'xt-gjj'],
  ['unit-xt-medins', 'xt-ybj'],
  ['unit-xt-realestate', 'xt-zrzyj'],
  ['unit-xt-water', 'xt-water'],
  ['unit-xt-power', 'xt-power'],
  ['unit-xt-gas', 'xt-gas'],
  ['unit-xt-amr', 'xt-scjgj'],
  ['unit-xt-transport', 'xt-jtj'],
  ['unit-xt-housing', 'xt-zjj'],
  ['unit-xt-eco', 'xt-sthjj'],
  ['unit-xt-urban', 'xt-cgj'],
  ['unit-xt-civil', 'xt-mzj'],
  ['unit-xt-dpf', 'xt-cl'],
  ['unit-xt-health', 'xt-wjw'],
  ['unit-xt-justice', 'xt-sfj'],
];

/**
 * Seed articles already loaded pass to the directory's units, so that a real unit can edit and confirm them.
 * Their versions keep the owner they were written under: versions are immutable.
 */
export class SeedOwnersInDirectory1765160000001 implements MigrationInterface {
  name = 'SeedOwnersInDirectory1765160000001';

  async up(runner: QueryRunner): Promise<void> {
    await this.move(runner, FORMER_TO_DIRECTORY);
  }

  async down(runner: QueryRunner): Promise<void> {
    await this.move(
      runner,
      FORMER_TO_DIRECTORY.map(([former, unit]) => [unit, former] as const),
    );
  }

  private async move(runner: QueryRunner, pairs: ReadonlyArray<readonly [string, string]>): Promise<void> {
    const s = schemaOfRunner(runner);
    await runner.query(
      `UPDATE ${s}."articles" AS a SET "owner_unit_id" = m.unit FROM unnest($1::text[], $2::text[]) AS m(former, unit)
       WHERE a."owner_unit_id" = m.former AND a."id" LIKE 'kb-%'`,
      [pairs.map(([former]) => former), pairs.map(([, unit]) => unit)],
    );
  }
}
