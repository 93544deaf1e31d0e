import type { InputIssue, RequirementId } from '../errors/domain-error';
import { isDirectDispatchUnit } from './suggest-routing';
import type { RoutingRule, RoutingUnit } from './routing-types';

export interface RoutingRuleIssue extends InputIssue {
  readonly requirement?: RequirementId;
}

/**
 * What makes a rule of the dispatch catalogue unusable: units that do not exist, not exactly one lead
 * (R15.5), a rule that matches everything, or a 接诉即办 rule (R22.1) whose duty and jurisdiction are not
 * both named or that does not go to a township/street or municipal unit.
 */
export function checkRoutingRule(rule: Omit<RoutingRule, 'id'>, units: readonly RoutingUnit[]): RoutingRuleIssue[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const issues: RoutingRuleIssue[] = [];
  const lead = byId.get(rule.leadUnitId);
  if (!lead) issues.push({ path: 'leadUnitId', message: `no unit '${rule.leadUnitId}' in the directory` });
  rule.coUnitIds.forEach((id, index) => {
    if (!byId.has(id)) issues.push({ path: `coUnitIds.${index}`, message: `no unit '${id}' in the directory` });
  });
  if (rule.coUnitIds.includes(rule.leadUnitId) || new Set(rule.coUnitIds).size !== rule.coUnitIds.length) {
    issues.push({
      path: 'coUnitIds',
      message: 'a co-handling unit is repeated or is the lead unit: exactly one lead (牵头)',
      requirement: 'R15.5',
    });
  }
  const areaNamed = rule.districts.length > 0 || rule.streets.length > 0;
  if (rule.categories.length === 0 && !areaNamed && rule.types.length === 0 && rule.fields.length === 0) {
    issues.push({ path: 'categories', message: 'a rule names at least a category, an area, a type or a field' });
  }
  if (rule.direct) {
    if (rule.categories.length === 0 || !areaNamed) {
      issues.push({
        path: 'direct',
        message: '接诉即办 needs clear duty and jurisdiction: name the categories and the districts or streets',
        requirement: 'R22.1',
      });
    }
    if (lead && !isDirectDispatchUnit(lead)) {
      issues.push({
        path: 'direct',
        message: `接诉即办 goes straight to a township/street or municipal unit, not to ${lead.name} (${lead.kind})`,
        requirement: 'R22.1',
      });
    }
  }
  return issues;
}
