import { EMERGENCY_CATEGORIES, type EmergencyCategory } from '../reference/emergency-destinations';
import { checkRoutingRule } from './check-routing-rule';
import { emergencyDestinationIssue } from './emergency-routing';
import type { RoutingRule, RoutingUnit } from './routing-types';
import { suggestRouting } from './suggest-routing';

const unit = (id: string, name: string, kind: RoutingUnit['kind'], extra: Partial<RoutingUnit> = {}): RoutingUnit => ({
  id,
  name,
  kind,
  areas: kind === 'municipal' || kind === 'enterprise' ? ['湘潭市'] : [],
  categories: [],
  emergencyCategories: [],
  active: true,
  ...extra,
});

const UNITS: RoutingUnit[] = [
  unit('xt-yjj', '市应急管理局', 'municipal', { emergencyCategories: ['disaster-or-accident'] }),
  unit('xt-wjw', '市卫生健康委员会', 'municipal', { emergencyCategories: ['public-health'], categories: ['医疗服务'] }),
  unit('xt-gaj', '市公安局', 'municipal', { emergencyCategories: ['social-security'] }),
  unit('xt-yjld', '市应急联动指挥中心', 'municipal', { emergencyCategories: ['emergency-linkage'] }),
  unit('xt-rsj', '市人力资源和社会保障局', 'municipal', { categories: ['社保', '劳动纠纷'] }),
  unit('xt-cgj', '市城市管理和综合执法局', 'municipal', { categories: ['路灯', '占道经营'] }),
  unit('xt-zjj', '市住房和城乡建设局', 'municipal', { categories: ['物业管理'] }),
  unit('xt-yuhu', '雨湖区', 'district', { areas: ['雨湖区'], categories: ['物业管理'] }),
  unit('xt-yuetang', '岳塘区', 'district', { areas: ['岳塘区'] }),
  unit('xt-yuhu-chengzheng', '城正街街道', 'township', {
    parentId: 'xt-yuhu',
    areas: ['城正街街道'],
    categories: ['占道经营'],
  }),
  unit('xt-yuhu-guangchang', '广场街道', 'township', { parentId: 'xt-yuhu', areas: ['广场街道'] }),
  unit('xt-water', '湘潭市水务集团', 'enterprise', { categories: ['供水'] }),
  unit('xt-retired', '已撤销单位', 'municipal', { active: false, categories: ['供水'] }),
];

const rule = (id: string, extra: Partial<RoutingRule>): RoutingRule => ({
  id,
  name: id,
  categories: [],
  districts: [],
  streets: [],
  types: [],
  fields: [],
  leadUnitId: 'xt-cgj',
  coUnitIds: [],
  priority: 0,
  direct: false,
  active: true,
  ...extra,
});

const RULES: RoutingRule[] = [
  rule('street-lighting-city', { name: '路灯 全市', categories: ['路灯'], leadUnitId: 'xt-cgj' }),
  rule('street-lighting-chengzheng', {
    name: '路灯 城正街',
    categories: ['路灯'],
    districts: ['雨湖区'],
    streets: ['城正街街道'],
    leadUnitId: 'xt-yuhu-chengzheng',
    direct: true,
    priority: 10,
  }),
  rule('wage-arrears', {
    name: '欠薪',
    categories: ['欠薪'],
    leadUnitId: 'xt-rsj',
    coUnitIds: ['xt-zjj', 'xt-gaj'],
    priority: 5,
  }),
];

const directory = { units: UNITS, rules: RULES };

describe('routing of work orders (派单目录)', () => {
  const expectedDestination: Record<EmergencyCategory, string> = {
    'disaster-or-accident': 'xt-yjj',
    'public-health': 'xt-wjw',
    'social-security': 'xt-gaj',
    'emergency-linkage': 'xt-yjld',
  };

  it.each(EMERGENCY_CATEGORIES)(
    'R15.4 sends a %s event to the unit the regulation names, before any rule',
    (category) => {
      const result = suggestRouting({ category: '路灯', emergencyCategory: category, district: '雨湖区' }, directory);
      expect(result).toMatchObject({
        found: true,
        leadUnitId: expectedDestination[category],
        emergencyCategory: category,
        basis: { kind: 'emergency', requirement: 'R15.4' },
      });
      expect(result.explanation).toContain('R15.4');
    },
  );

  it('R15.4 recognises an emergency event by its category', () => {
    expect(suggestRouting({ category: '自然灾害' }, directory)).toMatchObject({
      found: true,
      leadUnitId: 'xt-yjj',
      emergencyCategory: 'disaster-or-accident',
    });
    expect(suggestRouting({ category: '突发公共卫生事件' }, directory)).toMatchObject({ leadUnitId: 'xt-wjw' });
    expect(suggestRouting({ category: '群体性事件' }, directory)).toMatchObject({ leadUnitId: 'xt-gaj' });
    expect(suggestRouting({ category: '日常应急联动' }, directory)).toMatchObject({ leadUnitId: 'xt-yjld' });
  });

  it('R15.4 does not send an emergency event elsewhere when its destination returned it', () => {
    const result = suggestRouting({ emergencyCategory: 'public-health' }, directory, { excludeUnitIds: ['xt-wjw'] });
    expect(result).toMatchObject({ found: false });
  });

  it('R22.1 dispatches a clear matter straight to the street (接诉即办), by the most specific rule', () => {
    const result = suggestRouting({ category: '路灯', district: '雨湖区', street: '城正街街道' }, directory);
    expect(result).toMatchObject({
      found: true,
      leadUnitId: 'xt-yuhu-chengzheng',
      direct: true,
      basis: { kind: 'rule', requirement: 'R22.1', ruleId: 'street-lighting-chengzheng' },
    });
    expect(result.explanation).toContain("'路灯 城正街'");
    expect(result.explanation).toContain('street 城正街街道');
  });

  it('R15.3 falls back to the city-wide rule outside the street the direct rule names', () => {
    const result = suggestRouting({ category: '路灯', district: '岳塘区' }, directory);
    expect(result).toMatchObject({
      found: true,
      leadUnitId: 'xt-cgj',
      direct: false,
      basis: { kind: 'rule', requirement: 'R15.3', ruleId: 'street-lighting-city' },
    });
  });

  it('R22.1 finds the one unit whose duty and area are clear when no rule matches, the most local first', () => {
    expect(suggestRouting({ category: '占道经营', district: '雨湖区', street: '城正街街道' }, directory)).toMatchObject(
      {
        found: true,
        leadUnitId: 'xt-yuhu-chengzheng',
        direct: true,
        basis: { kind: 'unit-duty', requirement: 'R22.1' },
      },
    );
    expect(suggestRouting({ category: '社保', district: '岳塘区' }, directory)).toMatchObject({
      found: true,
      leadUnitId: 'xt-rsj',
      direct: true,
    });
    expect(suggestRouting({ category: '供水', district: '岳塘区' }, directory)).toMatchObject({
      found: true,
      leadUnitId: 'xt-water',
      direct: false,
      basis: { requirement: 'R15.3' },
    });
  });

  it('R15.3 ends with the district government (属地) when nothing else matches', () => {
    expect(suggestRouting({ category: '噪音扰民', district: '岳塘区' }, directory)).toMatchObject({
      found: true,
      leadUnitId: 'xt-yuetang',
      basis: { kind: 'territorial', district: '岳塘区' },
    });
  });

  it('R21.1 suggests nothing for a matter of unclear jurisdiction, and names it', () => {
    expect(suggestRouting({ category: '噪音扰民', district: '长沙市' }, directory)).toMatchObject({
      found: false,
      difficulty: 'unclear-jurisdiction',
    });
  });

  it('R15.5 gives exactly one lead unit and the co-handling units of the rule', () => {
    const result = suggestRouting({ category: '欠薪', district: '雨湖区' }, directory);
    expect(result).toMatchObject({ found: true, leadUnitId: 'xt-rsj', coUnitIds: ['xt-zjj', 'xt-gaj'] });
  });

  it('R16.3 never suggests the unit whose return was approved, as lead or as co unit', () => {
    const withoutLead = suggestRouting({ category: '路灯', district: '雨湖区', street: '城正街街道' }, directory, {
      excludeUnitIds: ['xt-yuhu-chengzheng'],
    });
    expect(withoutLead).toMatchObject({ found: true, leadUnitId: 'xt-cgj', basis: { ruleId: 'street-lighting-city' } });
    const withoutCo = suggestRouting({ category: '欠薪' }, directory, { excludeUnitIds: ['xt-gaj'] });
    expect(withoutCo).toMatchObject({ leadUnitId: 'xt-rsj', coUnitIds: ['xt-zjj'] });
  });

  it('never suggests an inactive unit', () => {
    expect(suggestRouting({ category: '供水' }, directory)).toMatchObject({ found: true, leadUnitId: 'xt-water' });
    const inactiveOnly = suggestRouting(
      { category: '供水' },
      { units: UNITS.filter((u) => u.id !== 'xt-water'), rules: [] },
    );
    expect(inactiveOnly).toMatchObject({ found: false });
  });

  it('R21.1 reports unclear duty when several units of the same level are responsible', () => {
    const units = [...UNITS, unit('xt-other-water', '另一供水公司', 'enterprise', { categories: ['供水'] })];
    expect(suggestRouting({ category: '供水', district: '岳塘区' }, { units, rules: [] })).toMatchObject({
      found: false,
      difficulty: 'unclear-duty',
      candidates: ['xt-water', 'xt-other-water'],
    });
  });
});

describe('rules of the dispatch catalogue', () => {
  const base = rule('x', { categories: ['路灯'] });

  it('accepts a rule naming existing units', () => {
    expect(checkRoutingRule({ ...base, coUnitIds: ['xt-zjj'] }, UNITS)).toEqual([]);
  });

  it('refuses unknown units, naming the field', () => {
    expect(
      checkRoutingRule({ ...base, leadUnitId: 'xt-nowhere', coUnitIds: ['xt-zjj', 'xt-nobody'] }, UNITS).map(
        (issue) => issue.path,
      ),
    ).toEqual(['leadUnitId', 'coUnitIds.1']);
  });

  it('R15.5 refuses a co unit that is the lead or repeated', () => {
    expect(checkRoutingRule({ ...base, coUnitIds: ['xt-cgj'] }, UNITS)).toEqual([
      expect.objectContaining({ requirement: 'R15.5' }),
    ]);
    expect(checkRoutingRule({ ...base, coUnitIds: ['xt-zjj', 'xt-zjj'] }, UNITS)).toEqual([
      expect.objectContaining({ requirement: 'R15.5' }),
    ]);
  });

  it('refuses a rule that would match everything', () => {
    expect(checkRoutingRule({ ...base, categories: [] }, UNITS)).toEqual([
      expect.objectContaining({ path: 'categories' }),
    ]);
  });

  it('R22.1 refuses a 接诉即办 rule without clear jurisdiction or to a district government', () => {
    expect(checkRoutingRule({ ...base, direct: true }, UNITS)).toEqual([
      expect.objectContaining({ requirement: 'R22.1' }),
    ]);
    expect(checkRoutingRule({ ...base, direct: true, districts: ['雨湖区'], leadUnitId: 'xt-yuhu' }, UNITS)).toEqual([
      expect.objectContaining({ requirement: 'R22.1' }),
    ]);
    expect(
      checkRoutingRule({ ...base, direct: true, districts: ['雨湖区'], leadUnitId: 'xt-yuhu-chengzheng' }, UNITS),
    ).toEqual([]);
  });
});

describe('emergency destinations chosen by hand', () => {
  it('R15.4 refuses another lead unit for an emergency event, and accepts the destination', () => {
    expect(emergencyDestinationIssue('public-health', 'xt-cgj', UNITS)).toMatch(/R15\.4.*市卫生健康委/);
    expect(emergencyDestinationIssue('public-health', 'xt-wjw', UNITS)).toBeUndefined();
  });
});
