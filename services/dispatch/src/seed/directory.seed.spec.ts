import {
  checkRoutingRule,
  EMERGENCY_CATEGORIES,
  EMERGENCY_DESTINATIONS,
  RoutingUnit,
  suggestRouting,
  XIANGTAN_AREAS,
} from '@hotline/domain';
import { routingRuleOfSeed, SEED_RULES, SEED_UNITS } from './directory.seed';

const units: RoutingUnit[] = SEED_UNITS.map((unit) => ({
  ...unit,
  emergencyCategories: unit.emergencyCategories ?? [],
  active: true,
}));
const rules = SEED_RULES.map(routingRuleOfSeed);

describe('the seeded unit directory and dispatch catalogue', () => {
  it('R15.4 names exactly one unit for each emergency destination of the regulation', () => {
    // the regulation's short names (EMERGENCY_DESTINATIONS) and the units' full names
    const fullNames: Record<string, string> = {
      市应急局: '市应急管理局',
      市卫生健康委: '市卫生健康委员会',
      市公安局: '市公安局',
      市应急联动指挥中心: '市应急联动指挥中心',
    };
    for (const category of EMERGENCY_CATEGORIES) {
      const destinations = units.filter((unit) => unit.emergencyCategories.includes(category));
      expect(destinations.map((unit) => unit.name)).toEqual([fullNames[EMERGENCY_DESTINATIONS[category].destination]]);
    }
  });

  it('has unique codes and every parent in the directory', () => {
    const ids = units.map((unit) => unit.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const unit of units) if (unit.parentId) expect(ids).toContain(unit.parentId);
  });

  it('R15.5/R22.1 seeds only rules the domain accepts', () => {
    for (const rule of rules)
      expect({ id: rule.id, issues: checkRoutingRule(rule, units) }).toEqual({ id: rule.id, issues: [] });
  });

  it('R15.3 routes a matter in each district and zone to a unit when nothing more specific applies (属地)', () => {
    for (const district of XIANGTAN_AREAS) {
      expect(suggestRouting({ category: '噪音扰民', district }, { units, rules })).toMatchObject({
        found: true,
        basis: { kind: 'territorial', district },
      });
    }
  });
});
