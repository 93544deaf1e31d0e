import { RoutingRuleView } from '@hotline/contracts';
import { ruleListsOf, toRoutingRule } from './routing-directory';
import { RoutingRuleRecord } from './routing-rule.entity';

export function toRoutingRuleView(record: RoutingRuleRecord): RoutingRuleView {
  const rule = toRoutingRule(record);
  return { ...rule, ...ruleListsOf(rule), createdAt: record.createdAt.toISOString() };
}
