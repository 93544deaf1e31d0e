import { defineRpc } from '../rpc/rpc-definition';
import { RaiseDifficultyMessage } from '../handling/raise-difficulty.rpc';
import { WorkOrderView } from '../work-orders/work-order-view';
import { CreateRoutingRuleMessage, RoutingRuleView } from './routing-rule.contracts';
import {
  ListUnitsQuery,
  SaveUnitMessage,
  SubordinateUnits,
  UnitIdQuery,
  UnitStatistics,
  UnitView,
} from './unit.contracts';
import {
  AssignmentView,
  CoordinationDecisionMessage,
  DispatchWorkOrderMessage,
  ReturnDecisionMessage,
  ReturnView,
  SuggestionQuery,
  SuggestionView,
  WorkOrderQuery,
} from './work-order-dispatch.contracts';

export const DispatchRpc = {
  listUnits: defineRpc<ListUnitsQuery, { items: UnitView[] }>('dispatch', 'units.list'),
  getUnit: defineRpc<UnitIdQuery, UnitView>('dispatch', 'units.get'),
  saveUnit: defineRpc<SaveUnitMessage, UnitView>('dispatch', 'units.save'),
  /** Art. 8(4): every unit below a unit in the directory, at any depth (empty for an unknown unit) */
  subordinateUnits: defineRpc<UnitIdQuery, SubordinateUnits>('dispatch', 'units.subordinates'),
  unitStatistics: defineRpc<UnitIdQuery, { unitId: string } & UnitStatistics>('dispatch', 'units.statistics'),
  listRoutingRules: defineRpc<Record<string, never>, { items: RoutingRuleView[] }>('dispatch', 'routing-rules.list'),
  createRoutingRule: defineRpc<CreateRoutingRuleMessage, RoutingRuleView>('dispatch', 'routing-rules.create'),
  suggestion: defineRpc<SuggestionQuery, SuggestionView>('dispatch', 'work-orders.suggestion'),
  dispatch: defineRpc<DispatchWorkOrderMessage, WorkOrderView>('dispatch', 'work-orders.dispatch'),
  assignments: defineRpc<WorkOrderQuery, { items: AssignmentView[] }>('dispatch', 'work-orders.assignments'),
  listReturns: defineRpc<WorkOrderQuery, { items: ReturnView[] }>('dispatch', 'work-orders.returns.list'),
  decideReturn: defineRpc<ReturnDecisionMessage, WorkOrderView>('dispatch', 'work-orders.returns.decide'),
  raiseDifficulty: defineRpc<RaiseDifficultyMessage, WorkOrderView>('dispatch', 'work-orders.raise-difficulty'),
  decideCoordination: defineRpc<CoordinationDecisionMessage, WorkOrderView>(
    'dispatch',
    'work-orders.coordination.decide',
  ),
};
