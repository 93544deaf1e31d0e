import { DEFAULT_APPEAL_WINDOW_WORKING_DAYS, toWindowView, workingDayWindow } from '../../callbacks/callback-windows';
import { RegulationViolationError } from '../../errors/domain-error';
import {
  isMatterNature,
  isSatisfactionLevel,
  isUnsatisfiedCause,
  satisfactionIsSoleMeasure,
} from '../../reference/satisfaction';
import type { SupervisionTriggerCode } from '../../reference/supervision';
import { deadline, isOverdue, toDeadlineView } from '../../time-limits/deadlines';
import { contactContradictionOf } from '../reply-record';
import type { CallbackRecord, WorkOrder } from '../work-order';
import type { CommandOf } from '../work-order-commands';
import { requireBoolean, requireText } from './step-rules';
import type { StepContext, StepHandlers, StepResult } from './step-types';

const SUPERVISION_AFTER_REHANDLING: SupervisionTriggerCode = 3;

/** Art. 26(3): a reply that claimed contact the callback did not find is flagged on the work order. */
function contradiction(order: WorkOrder, callback: CallbackRecord) {
  const found = contactContradictionOf(order.reply, callback);
  return found ? { contactContradiction: found } : {};
}

/**
 * What every callback records beside the result: the matter's nature, which the reviewer may classify with it (R20.3),
 * and a contradiction with the reply (Art. 26(3)); and the measure the result counts by.
 */
function alongside(order: WorkOrder, command: CommandOf<'record-callback'>, callback: CallbackRecord) {
  if (command.matterNature !== undefined && !isMatterNature(command.matterNature)) {
    throw new RegulationViolationError('R20.3', 'matterNature is general, mediation or law-enforcement');
  }
  const matterNature = command.matterNature ?? order.matterNature;
  const recorded = { ...(matterNature ? { matterNature } : {}), ...contradiction(order, callback) };
  return { recorded, measure: { ...recorded, satisfactionIsSoleMeasure: satisfactionIsSoleMeasure(matterNature) } };
}

function checkedCallback(command: CommandOf<'record-callback'>, now: Date): CallbackRecord {
  if (!isSatisfactionLevel(command.satisfaction)) {
    throw new RegulationViolationError('R20.1', 'satisfaction is satisfied, basically-satisfied or unsatisfied');
  }
  const contacted = requireBoolean(command.contacted, 'R20.1', 'whether the unit contacted the caller');
  const unsatisfied = command.satisfaction === 'unsatisfied';
  if (unsatisfied && !isUnsatisfiedCause(command.cause)) {
    throw new RegulationViolationError(
      'R20.1',
      'an unsatisfied callback records its cause: unit, caller-false, policy or malicious',
    );
  }
  if (!unsatisfied && command.cause !== undefined) {
    throw new RegulationViolationError('R20.1', 'a cause is recorded only for an unsatisfied callback');
  }
  if (!unsatisfied) return { satisfaction: command.satisfaction, contacted, recordedAt: now };
  // The caller's own words say why: the cause the reviewer chose is judged against them (R20.2, R20.3).
  const reason = requireText(command.reason, 'R20.1', 'reason');
  return { satisfaction: command.satisfaction, contacted, cause: command.cause, reason, recordedAt: now };
}

/**
 * An unsatisfied result of a handled work order: whatever cause the reviewer recorded, the lead unit may appeal
 * it within the window (R20.3); the unit's own fault also sends it back for re-handling (R20.2), once.
 */
function unsatisfiedWithUnit(
  order: WorkOrder,
  command: CommandOf<'record-callback'>,
  base: CallbackRecord,
  context: StepContext,
  { recorded, measure }: ReturnType<typeof alongside>,
): StepResult {
  const { now, rules } = context;
  const appealWindow = workingDayWindow(
    now,
    command.appealWindowWorkingDays ?? DEFAULT_APPEAL_WINDOW_WORKING_DAYS,
    rules,
  );
  const callback: CallbackRecord = { ...base, appealWindow };
  const appealable = { appealable: true, appealWindow: toWindowView(appealWindow) };
  if (command.cause !== 'unit') {
    return {
      to: 'unsatisfied',
      patch: { callback, ...recorded, appeal: undefined },
      details: { ...base, ...appealable, ...measure },
    };
  }
  if (order.rehandlingCount > 0) {
    const supervisionTriggers = [...new Set([...order.supervisionTriggers, SUPERVISION_AFTER_REHANDLING])];
    return {
      to: 'unsatisfied',
      patch: { callback, ...recorded, appeal: undefined, supervisionTriggers },
      details: { ...base, supervisionTrigger: SUPERVISION_AFTER_REHANDLING, ...appealable, ...measure },
    };
  }
  const rehandling = deadline('rehandling', now, order, rules);
  return {
    to: 'rehandling',
    patch: {
      callback,
      ...recorded,
      appeal: undefined,
      phase: 'rehandling',
      rehandlingCount: order.rehandlingCount + 1,
      completedAt: undefined,
      deadlines: { ...order.deadlines, rehandling },
    },
    details: { ...base, rehandling: toDeadlineView(rehandling), ...appealable, ...measure },
  };
}

export const CALLBACK_STEPS: StepHandlers<
  'record-callback' | 'request-appeal' | 'approve-appeal' | 'reject-appeal' | 'close-unsatisfied'
> = {
  'record-callback': (order, command, context) => {
    const callback = checkedCallback(command, context.now);
    const extra = alongside(order, command, callback);
    const { recorded, measure } = extra;
    if (callback.satisfaction !== 'unsatisfied') {
      return { to: 'closed', patch: { callback, ...recorded }, details: { ...callback, ...measure } };
    }
    if (order.status === 'closed-online') {
      // Answered by the centre itself: no unit exists to re-handle it, so the operator answers again or dispatches.
      return {
        to: 'reopened',
        patch: { callback, ...recorded },
        details: { ...callback, backToOperator: true, ...measure },
      };
    }
    return unsatisfiedWithUnit(order, command, callback, context, extra);
  },

  'request-appeal': (order, command, { now }) => {
    const callback = order.callback;
    if (callback?.satisfaction !== 'unsatisfied')
      throw new RegulationViolationError('R20.3', 'there is no unsatisfied result to appeal');
    if (order.status === 'rehandling' && callback.cause !== 'unit') {
      throw new RegulationViolationError('R20.3', 'this re-handling was not required by an unsatisfied callback');
    }
    if (order.appeal) throw new RegulationViolationError('R20.3', 'this result was appealed before');
    if (callback.appealWindow && isOverdue(callback.appealWindow, now)) {
      throw new RegulationViolationError('R20.3', `the appeal window ended at ${callback.appealWindow.display}`, {
        appealWindow: toWindowView(callback.appealWindow),
      });
    }
    const reason = requireText(command.reason, 'R20.3', 'the reason');
    const evidence = requireText(command.evidence, 'R20.3', 'the evidence');
    const during = order.status === 'rehandling' ? 'rehandling' : 'unsatisfied';
    return {
      to: 'appeal-requested',
      patch: { appeal: { reason, evidence, requestedAt: now, during } },
      details: { reason, evidence, cause: callback.cause, during },
    };
  },

  'approve-appeal': (order, command) => {
    if (!order.appeal) throw new RegulationViolationError('R20.3', 'no appeal to decide');
    const rehandlingEnded = order.appeal.during === 'rehandling';
    return {
      to: 'closed',
      patch: { appeal: { ...order.appeal, decision: 'approved' }, excludedFromAssessment: true },
      details: {
        excludedFromAssessment: true,
        ...(rehandlingEnded ? { rehandlingEnded } : {}),
        ...(command.comment ? { comment: command.comment } : {}),
      },
    };
  },

  'reject-appeal': (order, command) => {
    if (!order.appeal) throw new RegulationViolationError('R20.3', 'no appeal to decide');
    const comment = command.comment ? { comment: command.comment } : {};
    const appeal = { ...order.appeal, decision: 'rejected' as const };
    if (order.appeal.during === 'rehandling') {
      return { to: 'rehandling', patch: { appeal }, details: { rehandlingGoesOn: true, ...comment } };
    }
    return { to: 'closed', patch: { appeal }, details: { countedAsUnsatisfied: true, ...comment } };
  },

  'close-unsatisfied': (order, _command, { now }) => {
    const window = order.callback?.appealWindow;
    if (window && !isOverdue(window, now)) {
      throw new RegulationViolationError('R20.3', `the appeal window runs until ${window.display}`);
    }
    return {
      to: 'closed',
      patch: {},
      details: { countedAsUnsatisfied: true, ...(window ? { appealWindow: toWindowView(window) } : {}) },
    };
  },
};
