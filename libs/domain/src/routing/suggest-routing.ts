import { emergencyCategoryOf, emergencyDestinationUnit, emergencyExplanation } from './emergency-routing';
import {
  CITY_WIDE_AREA,
  type RoutingDirectory,
  type RoutingFacts,
  type RoutingOptions,
  type RoutingResult,
  type RoutingRule,
  type RoutingUnit,
} from './routing-types';

/** R22.1: units that take a matter straight, without passing through a district government. */
export const isDirectDispatchUnit = (unit: RoutingUnit): boolean =>
  unit.kind === 'township' || unit.kind === 'municipal';

/**
 * Who should handle a matter (R15.3), and why: an emergency event goes where R15.4 says; otherwise the
 * best matching rule of the dispatch catalogue (接诉即办 rules straight to the township/street or municipal
 * unit, R22.1); otherwise the one unit whose duty and area cover it; otherwise the district government
 * (属地). Excluded units (a unit whose return was approved, R16.3) never get it.
 */
export function suggestRouting(
  facts: RoutingFacts,
  directory: RoutingDirectory,
  options: RoutingOptions = {},
): RoutingResult {
  const excluded = new Set(options.excludeUnitIds ?? []);
  const units = directory.units.filter((unit) => unit.active && !excluded.has(unit.id));
  const usable = new Map(units.map((unit) => [unit.id, unit]));

  const emergency = emergencyCategoryOf(facts);
  if (emergency) {
    const unit = emergencyDestinationUnit(emergency, units);
    if (!unit) {
      return {
        found: false,
        candidates: [],
        explanation: `R15.4: no available unit in the directory is the destination of '${emergency}' events${excluded.size ? ' (the destination returned it)' : ''}`,
      };
    }
    return {
      found: true,
      leadUnitId: unit.id,
      coUnitIds: [],
      emergencyCategory: emergency,
      direct: isDirectDispatchUnit(unit),
      basis: { kind: 'emergency', requirement: 'R15.4', emergencyCategory: emergency },
      explanation: emergencyExplanation(emergency, unit),
    };
  }

  const rule = bestRule(facts, directory.rules, usable);
  if (rule) {
    const matched = criteriaMatched(facts, rule);
    const coUnitIds = rule.coUnitIds.filter((id) => usable.has(id) && id !== rule.leadUnitId);
    const lead = usable.get(rule.leadUnitId) as RoutingUnit;
    const requirement = rule.direct ? 'R22.1' : 'R15.3';
    return {
      found: true,
      leadUnitId: lead.id,
      coUnitIds,
      direct: rule.direct,
      basis: { kind: 'rule', requirement, ruleId: rule.id, ruleName: rule.name, matched },
      explanation: `${requirement} 派单目录 rule '${rule.name}' (${rule.id}, priority ${rule.priority}) matched ${matched.join(', ')}${rule.direct ? ' — 接诉即办, straight to' : ' →'} ${lead.name}${coUnitIds.length ? ` with ${coUnitIds.join(', ')}` : ''}`,
    };
  }

  return byUnitDuty(facts, units) ?? territorial(facts, units);
}

function bestRule(
  facts: RoutingFacts,
  rules: readonly RoutingRule[],
  usable: ReadonlyMap<string, RoutingUnit>,
): RoutingRule | undefined {
  return rules
    .filter((rule) => rule.active && usable.has(rule.leadUnitId) && matches(facts, rule))
    .sort((a, b) => b.priority - a.priority || specificity(b) - specificity(a) || a.id.localeCompare(b.id))[0];
}

function matches(facts: RoutingFacts, rule: RoutingRule): boolean {
  return (
    within(rule.categories, facts.category) &&
    within(rule.districts, facts.district) &&
    within(rule.streets, facts.street) &&
    within(rule.types, facts.type) &&
    within(rule.fields, facts.field)
  );
}

/** An empty list of a rule matches anything; otherwise the fact must be known and listed. */
function within(list: readonly string[], value: string | undefined): boolean {
  return list.length === 0 || (value !== undefined && list.includes(value));
}

function specificity(rule: RoutingRule): number {
  return [rule.categories, rule.districts, rule.streets, rule.types, rule.fields].filter((list) => list.length > 0)
    .length;
}

function criteriaMatched(facts: RoutingFacts, rule: RoutingRule): string[] {
  const named: Array<[string, readonly string[], string | undefined]> = [
    ['category', rule.categories, facts.category],
    ['district', rule.districts, facts.district],
    ['street', rule.streets, facts.street],
    ['type', rule.types, facts.type],
    ['field', rule.fields, facts.field],
  ];
  return named.filter(([, list]) => list.length > 0).map(([name, , value]) => `${name} ${String(value)}`);
}

/** The most local units whose duty covers the category: street, then district, then city-wide. */
function byUnitDuty(facts: RoutingFacts, units: readonly RoutingUnit[]): RoutingResult | undefined {
  if (!facts.category) return undefined;
  const category = facts.category;
  const dutyBearers = units.filter((unit) => unit.categories.includes(category));
  const levels: Array<[string, string | undefined]> = [
    ['street', facts.street],
    ['district', facts.district],
    ['city', CITY_WIDE_AREA],
  ];
  for (const [level, area] of levels) {
    if (!area) continue;
    const candidates = dutyBearers.filter((unit) => unit.areas.includes(area));
    if (candidates.length === 1) {
      const unit = candidates[0];
      const direct = isDirectDispatchUnit(unit);
      const requirement = direct ? 'R22.1' : 'R15.3';
      const matched = [`category ${category}`, `${level} ${area}`];
      return {
        found: true,
        leadUnitId: unit.id,
        coUnitIds: [],
        direct,
        basis: { kind: 'unit-duty', requirement, matched },
        explanation: `${requirement} duty and jurisdiction clear: ${unit.name} (${unit.id}) is the only unit responsible for ${category} in ${area}${direct ? ' — 接诉即办' : ''}`,
      };
    }
    if (candidates.length > 1) {
      return {
        found: false,
        difficulty: 'unclear-duty',
        candidates: candidates.map((unit) => unit.id),
        explanation: `R21.1 several units are responsible for ${category} in ${area} (${candidates.map((unit) => unit.name).join('、')}): the operator chooses, or raises it as a difficult matter`,
      };
    }
  }
  return undefined;
}

/** 属地管理: the government of the district where it happened. */
function territorial(facts: RoutingFacts, units: readonly RoutingUnit[]): RoutingResult {
  if (!facts.district) {
    return {
      found: false,
      candidates: [],
      explanation: 'no rule matched and the work order names no district: the operator chooses the unit',
    };
  }
  const district = facts.district;
  const government = units.find((unit) => unit.kind === 'district' && unit.areas.includes(district));
  if (!government) {
    return {
      found: false,
      difficulty: 'unclear-jurisdiction',
      candidates: [],
      explanation: `R21.1 no rule matched and no available unit governs '${district}'`,
    };
  }
  return {
    found: true,
    leadUnitId: government.id,
    coUnitIds: [],
    direct: false,
    basis: { kind: 'territorial', requirement: 'R15.3', district },
    explanation: `R15.3 属地管理: no rule or single responsible unit matched; the government of ${district}, ${government.name} (${government.id})`,
  };
}
