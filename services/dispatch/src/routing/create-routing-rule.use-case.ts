import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RoutingRuleInput, RoutingRuleView } from '@hotline/contracts';
import { checkRoutingRule, RoutingRule } from '@hotline/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RoutingDirectoryReader } from './routing-directory';
import { toRoutingRuleView } from './routing-rule-view';
import { RoutingRuleRecord } from './routing-rule.entity';

/** Adds a rule to the dispatch catalogue (派单目录) when the domain finds it usable (R15.5, R22.1); 422 names the problems. */
@Injectable()
export class CreateRoutingRuleUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: RoutingDirectoryReader,
  ) {}

  async execute(input: RoutingRuleInput, now: Date): Promise<RoutingRuleView> {
    return this.dataSource.transaction(async (manager) => {
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
        throw new UnprocessableEntityException({ message: issues.map((issue) => `${issue.requirement ? `${issue.requirement} ` : ''}${issue.path}: ${issue.message}`).join('; '), details: { issues } });
      }
      const record: RoutingRuleRecord = {
        id: randomUUID(),
        ...rule,
        categories: [...rule.categories],
        districts: [...rule.districts],
        streets: [...rule.streets],
        types: [...rule.types],
        fields: [...rule.fields],
        coUnitIds: [...rule.coUnitIds],
        createdAt: now,
      };
      await manager.insert(RoutingRuleRecord, record);
      return toRoutingRuleView(record);
    });
  }
}
