import { Injectable } from '@nestjs/common';
import { RoutingRuleView } from '@hotline/contracts';
import { toRoutingRuleView } from './routing-rule-view';
import { RoutingRuleRepository } from './routing-rule.repository';

/** The dispatch catalogue (派单目录), highest priority first. */
@Injectable()
export class ListRoutingRulesUseCase {
  constructor(private readonly rules: RoutingRuleRepository) {}

  async execute(): Promise<{ items: RoutingRuleView[] }> {
    return { items: (await this.rules.listByPriority()).map(toRoutingRuleView) };
  }
}
