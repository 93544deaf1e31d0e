import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { EMERGENCY_CATEGORIES, EmergencyCategory, RoutingResult } from '@hotline/domain';
import { Actor } from '../events/event-envelope';
import { CoUnitIds, IsUnitCode } from './unit-code';
import { fieldRule } from '../boundary/field-rule';
import { DecisionBody, IsRequestId, WorkOrderActionMessage } from '../work-orders/work-order-action.message';

/** R15.4: the operator's reading that this is an emergency event, when they have one (dispatch and its suggestion). */
function KnownEmergencyCategory(): PropertyDecorator {
  return fieldRule(IsOptional(), IsIn(EMERGENCY_CATEGORIES));
}

/** R22.1: the township/street where it happened, when the operator knows it (dispatch and its suggestion). */
function KnownStreet(): PropertyDecorator {
  return fieldRule(IsOptional(), IsString(), MaxLength(64));
}

/** The units an operator, reviewer or supervisor names: one lead unit and any co units (R15.5). */
export class NamedUnits {
  @IsOptional()
  @IsUnitCode()
  leadUnitId?: string;

  @CoUnitIds()
  coUnitIds?: string[];
}

/** POST /api/v1/work-orders/{id}/dispatch (R15.3–R15.5, R22.1): named units, or the routing suggestion. */
export class DispatchWorkOrderCommand extends NamedUnits {
  @IsOptional()
  @IsBoolean()
  useSuggestion?: boolean;

  @KnownEmergencyCategory()
  emergencyCategory?: EmergencyCategory;

  @KnownStreet()
  street?: string;
}

export class DispatchWorkOrderMessage extends WorkOrderActionMessage {
  @ValidateNested()
  @Type(() => DispatchWorkOrderCommand)
  dispatch: DispatchWorkOrderCommand;
}

/** GET …/suggestion?emergencyCategory=&street=: what the operator knows beyond the work order's facts. */
export class SuggestionParams {
  @KnownEmergencyCategory()
  emergencyCategory?: EmergencyCategory;

  @KnownStreet()
  street?: string;
}

export class SuggestionQuery extends WorkOrderActionMessage {
  @KnownEmergencyCategory()
  emergencyCategory?: EmergencyCategory;

  @KnownStreet()
  street?: string;
}

export type SuggestionView = RoutingResult & {
  workOrderId: string;
  facts: { type?: string; field?: string; category?: string; district?: string; street?: string; number?: string };
  excludedUnitIds: string[];
};

/** POST …/returns/{rid}/decision (R16.3). Approved: dispatched again to `leadUnitId` or to the suggestion without the returning unit. */
export class ReturnDecisionCommand extends DecisionBody {
  @IsOptional()
  @IsUnitCode()
  leadUnitId?: string;

  @CoUnitIds()
  coUnitIds?: string[];
}

export class ReturnDecisionMessage extends WorkOrderActionMessage {
  /** as answered by POST …/returns: `<work order id>:<version>` */
  @IsRequestId()
  returnId: string;

  @ValidateNested()
  @Type(() => ReturnDecisionCommand)
  decision: ReturnDecisionCommand;
}

export class WorkOrderQuery extends WorkOrderActionMessage {}

export interface ReturnView {
  id: string;
  workOrderId: string;
  unitId: string;
  reason: string;
  basis: string;
  requestedAt: string;
  decision?: 'approved' | 'rejected';
  comment?: string;
  reviewerId?: string;
  decidedAt?: string;
  /** approved: the lead unit it was dispatched to again, if any */
  redispatchedTo?: string;
}

export interface AssignmentView {
  workOrderId: string;
  dispatchNo: number;
  leadUnitId: string;
  coUnitIds: string[];
  via: string;
  basis: Record<string, unknown>;
  assignedBy: Actor;
  assignedAt: string;
}

/** POST …/coordination/decision (R21.1, supervisor): name the unit, or ask the city government. */
export const COORDINATION_ACTIONS = ['assign', 'escalate'] as const;
export type CoordinationAction = (typeof COORDINATION_ACTIONS)[number];

export class CoordinationDecisionCommand extends NamedUnits {
  @IsIn(COORDINATION_ACTIONS)
  action: CoordinationAction;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class CoordinationDecisionMessage extends WorkOrderActionMessage {
  @ValidateNested()
  @Type(() => CoordinationDecisionCommand)
  decision: CoordinationDecisionCommand;
}
