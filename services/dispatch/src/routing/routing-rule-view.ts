import { RoutingRuleView } from '@hotline/contracts';
import { toRoutingRule } from './routing-directory';
import { RoutingRuleRecord } from './routing-rule.entity';

export function toRoutingRuleView(record: RoutingRuleRecord): RoutingRuleView {
  const rule = toRoutingRule(record);
  return {
    ...rule,
    categories: [...rule.categories],
    districts: [...rule.districts],
    streets: [...rule.streets],
    types: [...rule.types],
    fields: [...rule.fields],
    coUnitIds: [...rule.coUnitIds],
    createdAt: record.createdAt.toISOString(),
  };
}
