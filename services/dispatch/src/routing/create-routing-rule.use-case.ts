import { Injectable } from '@nestjs/common';
import { RoutingRuleInput, RoutingRuleView } from '@hotline/contracts';
import { checkRoutingRule, RoutingRule, UnusableCommandError } from '@hotline/domain';
import { randomUUID } from 'node:crypto';
import { RoutingDirectoryReader, ruleListsOf } from './routing-directory';
import { toRoutingRuleView } from './routing-rule-view';
import { RoutingRuleRecord } from './routing-rule.entity';
import { RoutingRuleRepository } from './routing-rule.repository';
import { Transactions } from '@hotline/persistence';

export class CreateRoutingRuleCommand {
  constructor(
    readonly rule: RoutingRuleInput,
    readonly now: Date,
  ) {}
}

/** Adds a rule to the dispatch catalogue (派单目录) when the domain finds it usable (R15.5, R22.1); 422 names the problems. */
@Injectable()
export class CreateRoutingRuleUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly directory: RoutingDirectoryReader,
    private readonly rules: RoutingRuleRepository,
  ) {}

  async execute({ rule: input, now }: CreateRoutingRuleCommand): Promise<RoutingRuleView> {
    return this.transactions.run(async (manager) => {
      const rule: Omit<RoutingRule, 'id'> = {
        name: input.name,
        categories: input.categories ?? [],
        districts: input.districts ?? [],
        streets: input.streets ?? [],
        types: input.types ?? [],
        fields: input.fields ?? [],
        leadUnitId: input.leadUnitId,
        coUnitIds: input.coUnitIds ?? [],
        priority: input.priority ?? 0,
        direct: input.direct ?? false,
        active: input.active ?? true,
      };
      const { units } = await this.directory.load(manager);
      const issues = checkRoutingRule(rule, units);
      if (issues.length > 0) {
        throw new UnusableCommandError(
          issues
            .map((issue) => `${issue.requirement ? `${issue.requirement} ` : ''}${issue.path}: ${issue.message}`)
            .join('; '),
          { issues },
        );
      }
      const record: RoutingRuleRecord = { id: randomUUID(), ...rule, ...ruleListsOf(rule), createdAt: now };
      await this.rules.insert(manager, record);
      return toRoutingRuleView(record);
    });
  }
}
