import { Injectable } from '@nestjs/common';
import { RequestField, RequestType, RoutingDirectory, RoutingRule } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { UnitRecord } from '../units/unit.entity';
import { toRoutingUnit } from '../units/unit-view';
import { RoutingRuleRecord } from './routing-rule.entity';

/** The unit directory and the dispatch catalogue as the domain's routing sees them. */
@Injectable()
export class RoutingDirectoryReader {
  async load(manager: EntityManager): Promise<RoutingDirectory> {
    const [units, rules] = await Promise.all([manager.find(UnitRecord), manager.find(RoutingRuleRecord)]);
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
    types: record.types as RequestType[],
    fields: record.fields as RequestField[],
    leadUnitId: record.leadUnitId,
    coUnitIds: record.coUnitIds,
    priority: record.priority,
    direct: record.direct,
    active: record.active,
  };
}
