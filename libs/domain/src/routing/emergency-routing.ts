import {
  EMERGENCY_DESTINATIONS,
  type EmergencyCategory,
  isEmergencyCategory,
} from '../reference/emergency-destinations';
import type { RoutingFacts, RoutingUnit } from './routing-types';

/** Categories an operator records that are emergency events in the sense of R15.4 (第十五条). */
export const EMERGENCY_CATEGORY_ALIASES: Readonly<Record<string, EmergencyCategory>> = {
  自然灾害: 'disaster-or-accident',
  事故灾难: 'disaster-or-accident',
  事故灾害: 'disaster-or-accident',
  安全生产事故: 'disaster-or-accident',
  公共卫生事件: 'public-health',
  突发公共卫生事件: 'public-health',
  传染病疫情: 'public-health',
  群体性食物中毒: 'public-health',
  社会安全事件: 'social-security',
  群体性事件: 'social-security',
  日常应急联动: 'emergency-linkage',
  应急联动: 'emergency-linkage',
};

/** R15.4: the emergency category of a matter, from the operator's flag or from its category. */
export function emergencyCategoryOf(facts: RoutingFacts): EmergencyCategory | undefined {
  if (facts.emergencyCategory && isEmergencyCategory(facts.emergencyCategory)) return facts.emergencyCategory;
  if (facts.category && isEmergencyCategory(facts.category)) return facts.category;
  return facts.category ? EMERGENCY_CATEGORY_ALIASES[facts.category] : undefined;
}

/** R15.4: the active unit of the directory that the regulation names for this emergency category. */
export function emergencyDestinationUnit(
  category: EmergencyCategory,
  units: readonly RoutingUnit[],
): RoutingUnit | undefined {
  return units.find((unit) => unit.active && unit.emergencyCategories.includes(category));
}

export function emergencyExplanation(category: EmergencyCategory, unit: RoutingUnit): string {
  const destination = EMERGENCY_DESTINATIONS[category];
  return `R15.4 第十五条: ${destination.events}交${destination.destination} — ${unit.name} (${unit.id})`;
}

/**
 * R15.4: an emergency event goes to the unit the regulation names for it; a different lead unit is refused
 * (the message names the destination). Undefined when the choice is right.
 */
export function emergencyDestinationIssue(
  category: EmergencyCategory,
  leadUnitId: string,
  units: readonly RoutingUnit[],
): string | undefined {
  const destination = EMERGENCY_DESTINATIONS[category];
  const lead = units.find((unit) => unit.id === leadUnitId);
  if (lead?.emergencyCategories.includes(category)) return undefined;
  return `R15.4: ${destination.events} go to ${destination.destination}, not to ${lead?.name ?? leadUnitId}`;
}
