import { RegulationViolationError } from '../../errors/domain-error';
import {
  EMERGENCY_DESTINATIONS,
  type EmergencyCategory,
  isEmergencyCategory,
} from '../../reference/emergency-destinations';
import { deadline, toDeadlineView } from '../../time-limits/deadlines';
import type { Assignment, DifficultyKind, WorkOrder } from '../work-order';
import { deadlinesBeforeDispatch } from './step-rules';
import type { StepContext, StepHandlers, StepResult } from './step-types';

const DIFFICULTY_KINDS: readonly DifficultyKind[] = ['unclear-duty', 'unclear-jurisdiction', 'disputed-law'];

function checkedUnits(leadUnitId: unknown, coUnitIds: unknown): { lead: string; co: string[] } {
  if (typeof leadUnitId !== 'string' || leadUnitId.trim() === '') {
    throw new RegulationViolationError('R15.5', 'exactly one lead unit (牵头单位) is required');
  }
  const co = coUnitIds ?? [];
  if (!Array.isArray(co) || co.some((unit) => typeof unit !== 'string' || unit.trim() === '')) {
    throw new RegulationViolationError('R15.5', 'co-handling units must be unit ids');
  }
  const units = co as string[];
  if (units.includes(leadUnitId) || new Set(units).size !== units.length) {
    throw new RegulationViolationError('R15.5', 'a co-handling unit is repeated or is the lead unit');
  }
  return { lead: leadUnitId, co: units };
}

/** A (re-)dispatch: a new assignment; everything that counted for the previous unit starts over. */
function assign(
  order: WorkOrder,
  units: { lead: string; co: string[] },
  via: Assignment['via'],
  { now, rules }: StepContext,
  emergencyCategory?: EmergencyCategory,
): StepResult {
  const sign = deadline('sign', now, order, rules);
  const assignment: Assignment = {
    leadUnitId: units.lead,
    coUnitIds: units.co,
    dispatchedAt: now,
    via,
    ...(emergencyCategory ? { emergencyCategory } : {}),
  };
  return {
    to: 'dispatched',
    patch: {
      assignment,
      dispatchCount: order.dispatchCount + 1,
      deadlines: { ...deadlinesBeforeDispatch(order), sign },
      signing: undefined,
      returnRequest: undefined,
      extension: undefined,
      extensionsGranted: 0,
    },
    details: {
      leadUnitId: units.lead,
      coUnitIds: units.co,
      redispatch: order.dispatchCount > 0,
      via,
      ...(emergencyCategory ? { emergencyDestination: EMERGENCY_DESTINATIONS[emergencyCategory].destination } : {}),
      signDeadline: toDeadlineView(sign),
    },
  };
}

export const DISPATCH_STEPS: StepHandlers<
  'dispatch' | 'raise-difficulty' | 'escalate-difficulty' | 'assign-by-coordination'
> = {
  dispatch: (order, command, context) => {
    if (command.emergencyCategory !== undefined && !isEmergencyCategory(command.emergencyCategory)) {
      throw new RegulationViolationError('R15.4', `unknown emergency category '${String(command.emergencyCategory)}'`);
    }
    const units = checkedUnits(command.leadUnitId, command.coUnitIds);
    return assign(order, units, 'dispatch', context, command.emergencyCategory);
  },

  'raise-difficulty': (order, command, { now }) => {
    if (!DIFFICULTY_KINDS.includes(command.kind)) {
      throw new RegulationViolationError('R21.1', `a difficult matter is one of ${DIFFICULTY_KINDS.join(', ')}`);
    }
    return {
      to: 'coordinating',
      patch: {
        difficulty: { kind: command.kind, raisedAt: now, level: 'office' },
        assignment: undefined,
        deadlines: deadlinesBeforeDispatch(order),
        signing: undefined,
      },
      details: {
        kind: command.kind,
        ...(command.note ? { note: command.note } : {}),
        previousLeadUnitId: order.assignment?.leadUnitId,
      },
    };
  },

  'escalate-difficulty': (order, command, { now }) => {
    const raised = order.difficulty ?? { kind: 'unclear-duty', raisedAt: now };
    return {
      to: 'escalated',
      patch: { difficulty: { kind: raised.kind, raisedAt: raised.raisedAt, level: 'city-government' } },
      details: command.note ? { note: command.note } : {},
    };
  },

  'assign-by-coordination': (order, command, context) => {
    const units = checkedUnits(command.leadUnitId, command.coUnitIds);
    const via = order.status === 'escalated' ? 'city-government-coordination' : 'office-coordination';
    return assign(order, units, via, context);
  },
};
