import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RoutingRuleRecord } from '../routing/routing-rule.entity';
import { RoutingRuleRepository } from '../routing/routing-rule.repository';
import { UnitRecord } from '../units/unit.entity';
import { UnitRepository } from '../units/unit.repository';
import { routingRuleOfSeed, SEED_RULES, SEED_UNITS } from './directory.seed';
import { Transactions } from '@hotline/persistence';
import { Clock } from '@hotline/platform';

/**
 * Loads the starting unit directory and dispatch catalogue. Idempotent: a unit or rule already there
 * (seeded before, or edited by an administrator since) is left as it is.
 */
@Injectable()
export class DirectorySeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DirectorySeeder.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly units: UnitRepository,
    private readonly rules: RoutingRuleRepository,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const added = await this.seed(this.clock.now());
    if (added > 0) this.logger.log(`Seeded ${added} units and routing rules`);
  }

  async seed(now: Date): Promise<number> {
    const units = SEED_UNITS.map((unit): UnitRecord => ({
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      parentId: unit.parentId ?? null,
      contacts: {},
      areas: unit.areas,
      categories: unit.categories,
      emergencyCategories: unit.emergencyCategories ?? [],
      active: true,
      updatedAt: now,
    }));
    const rules = SEED_RULES.map((rule): RoutingRuleRecord => ({ ...routingRuleOfSeed(rule), createdAt: now }));
    return this.transactions.run(
      async (manager) =>
        (await this.units.insertMissing(manager, units)) + (await this.rules.insertMissing(manager, rules)),
    );
  }
}
