import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOfRunner } from '@hotline/persistence';
import { SEED_PARTNERS } from './seed-partners';

/**
 * R10.1, R15.4: the seed gave 119, 120 and 122 the whole list 110 agreed (8 categories), so an emergency rejection
 * routed by its category could not tell a fire from a crime. Each now takes its own part; 110 keeps the 8, and the
 * routing rule prefers the shortest list, so 火灾 goes to 119, 人身伤害 to 120, 交通事故 to 122. Only lists no admin has
 * changed since the seed are narrowed.
 */
const OWN_CATEGORIES: Record<string, string[]> = {
  '119': ['火灾', '危险化学品'],
  '120': ['人身伤害'],
  '122': ['交通事故'],
};

export class EmergencyLinesOwnCategories1767410000003 implements MigrationInterface {
  name = 'EmergencyLinesOwnCategories1767410000003';

  async up(runner: QueryRunner): Promise<void> {
    for (const [code, categories] of Object.entries(OWN_CATEGORIES)) await this.set(runner, code, categories);
  }

  async down(runner: QueryRunner): Promise<void> {
    const shared = SEED_PARTNERS.find((partner) => partner.code === '110')?.takesFromUs ?? [];
    for (const code of Object.keys(OWN_CATEGORIES)) await this.set(runner, code, shared);
  }

  private async set(runner: QueryRunner, code: string, categories: string[]): Promise<void> {
    await runner.query(
      `UPDATE ${schemaOfRunner(runner)}."partners" SET "takes_from_us" = $2::jsonb, "updated_at" = now()
        WHERE "code" = $1 AND "updated_by" = 'seed'`,
      [code, JSON.stringify(categories)],
    );
  }
}
