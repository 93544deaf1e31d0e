import { UnitStatistics, UnitView } from '@hotline/contracts';
import { RoutingUnit } from '@hotline/domain';
import { UnitRecord } from './unit.entity';

export function toUnitView(record: UnitRecord, statistics?: UnitStatistics): UnitView {
  return {
    id: record.id,
    name: record.name,
    kind: record.kind,
    ...(record.parentId ? { parentId: record.parentId } : {}),
    contacts: { ...record.contacts },
    areas: [...record.areas],
    categories: [...record.categories],
    emergencyCategories: record.emergencyCategories,
    active: record.active,
    updatedAt: record.updatedAt.toISOString(),
    ...(statistics ? { statistics } : {}),
  };
}

export function toRoutingUnit(record: UnitRecord): RoutingUnit {
  return {
    id: record.id,
    name: record.name,
    kind: record.kind,
    parentId: record.parentId,
    areas: record.areas,
    categories: record.categories,
    emergencyCategories: record.emergencyCategories,
    active: record.active,
  };
}
