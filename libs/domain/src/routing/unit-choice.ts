import { invalidField, RegulationViolationError, UnusableCommandError } from '../errors/domain-error';
import type { EmergencyCategory } from '../reference/emergency-destinations';
import { emergencyDestinationIssue } from './emergency-routing';
import type { RoutingResult, RoutingSuggestion, RoutingUnit } from './routing-types';

/** The units a work order is given to (R15.3–R15.5), and why: the suggestion followed or whose choice it was. */
export interface UnitChoice {
  readonly leadUnitId: string;
  readonly coUnitIds: readonly string[];
  readonly emergencyCategory?: EmergencyCategory;
  readonly basis: Readonly<Record<string, unknown>>;
}

/** A dispatch names its lead unit or asks for the routing suggestion (400 otherwise). */
export function assertDispatchNamesUnits(command: {
  readonly leadUnitId?: string;
  readonly useSuggestion?: boolean;
}): void {
  if (!command.leadUnitId && command.useSuggestion !== true) {
    throw invalidField('leadUnitId', 'name the lead unit, or set useSuggestion: true');
  }
}

/**
 * R15.3–R15.5: the units of a (re-)dispatch are active units of the directory (422 naming each one that is not), and
 * an emergency event goes to the unit R15.4 names. `units` holds at least the directory's units of the choice.
 */
export function assertUsableUnitChoice(choice: Omit<UnitChoice, 'basis'>, units: readonly RoutingUnit[]): void {
  const usable = new Set(units.filter((unit) => unit.active).map((unit) => unit.id));
  const issues = [
    ...(usable.has(choice.leadUnitId)
      ? []
      : [{ path: 'leadUnitId', message: `no active unit '${choice.leadUnitId}' in the directory` }]),
    ...choice.coUnitIds.flatMap((id, index) =>
      usable.has(id) ? [] : [{ path: `coUnitIds.${index}`, message: `no active unit '${id}' in the directory` }],
    ),
  ];
  if (issues.length > 0) {
    throw new UnusableCommandError(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), { issues });
  }
  if (choice.emergencyCategory) {
    const problem = emergencyDestinationIssue(choice.emergencyCategory, choice.leadUnitId, units);
    if (problem) throw new RegulationViolationError('R15.4', problem.replace(/^R15\.4: /, ''), { field: 'leadUnitId' });
  }
}

/** The units of a routing suggestion as a choice, with the suggestion as its basis (and `extraBasis`, e.g. the return). */
export function choiceOfSuggestion(
  suggestion: RoutingSuggestion,
  options: { readonly coUnitIds?: readonly string[]; readonly extraBasis?: Readonly<Record<string, unknown>> } = {},
): UnitChoice {
  return {
    leadUnitId: suggestion.leadUnitId,
    coUnitIds: options.coUnitIds ?? suggestion.coUnitIds,
    ...(suggestion.emergencyCategory ? { emergencyCategory: suggestion.emergencyCategory } : {}),
    basis: { source: 'suggestion', ...suggestion.basis, explanation: suggestion.explanation, ...options.extraBasis },
  };
}

/** The operator asked for the suggestion and routing found none: 422 with the suggestion, so the operator names the unit. */
export function assertSuggestionFound(result: RoutingResult): asserts result is RoutingSuggestion {
  if (!result.found) {
    throw new UnusableCommandError(`no routing suggestion: ${result.explanation}; name leadUnitId`, {
      suggestion: result,
    });
  }
}
