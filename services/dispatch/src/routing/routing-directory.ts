import { Injectable } from '@nestjs/common';
import { RoutingDirectory, RoutingRule } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { UnitRepository } from '../units/unit.repository';
import { toRoutingUnit } from '../units/unit-view';
import { RoutingRuleRecord } from './routing-rule.entity';
import { RoutingRuleRepository } from './routing-rule.repository';

/** The unit directory and the dispatch catalogue as the domain's routing sees them. */
@Injectable()
export class RoutingDirectoryReader {
  constructor(
    private readonly units: UnitRepository,
    private readonly rules: RoutingRuleRepository,
  ) {}

  async load(manager: EntityManager): Promise<RoutingDirectory> {
    const [units, rules] = await Promise.all([this.units.all(manager), this.rules.all(manager)]);
    return { units: units.map(toRoutingUnit), rules: rules.map(toRoutingRule) };
  }
}

export function toRoutingRule(record: RoutingRuleRecord): RoutingRule {
  return {
    id: record.id,
    name: record.name,
    categories: record.categories,
    districts: record.districts,
    streets: record.streets,
    types: record.types,
    fields: record.fields,
    leadUnitId: record.leadUnitId,
    coUnitIds: record.coUnitIds,
    priority: record.priority,
    direct: record.direct,
    active: record.active,
  };
}

type RuleLists = Pick<RoutingRuleRecord, 'categories' | 'districts' | 'streets' | 'types' | 'fields' | 'coUnitIds'>;

/** A rule's lists as arrays of their own: the domain's rule only reads them, a record and a view own theirs. */
export function ruleListsOf(rule: Omit<RoutingRule, 'id'>): RuleLists {
  return {
    categories: [...rule.categories],
    districts: [...rule.districts],
    streets: [...rule.streets],
    types: [...rule.types],
    fields: [...rule.fields],
    coUnitIds: [...rule.coUnitIds],
  };
}
