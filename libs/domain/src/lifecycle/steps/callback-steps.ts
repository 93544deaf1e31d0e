import { RegulationViolationError } from '../../errors/domain-error';
import { APPEALABLE_CAUSES, isMatterNature, isSatisfactionLevel, isUnsatisfiedCause, satisfactionIsSoleMeasure } from '../../reference/satisfaction';
import type { SupervisionTriggerCode } from '../../reference/supervision';
import { deadline, toDeadlineView } from '../../time-limits/deadlines';
import { contactContradictionOf } from '../reply-record';
import type { CallbackRecord, WorkOrder } from '../work-order';
import { requireBoolean, requireText } from './step-rules';
import type { StepHandlers } from './step-types';

const SUPERVISION_AFTER_REHANDLING: SupervisionTriggerCode = 3;

/** Art. 26(3): a reply that claimed contact the callback did not find is flagged on the work order. */
function contradiction(order: WorkOrder, callback: CallbackRecord) {
  const found = contactContradictionOf(order.reply, callback);
  return found ? { contactContradiction: found } : {};
}

export const CALLBACK_STEPS: StepHandlers<'record-callback' | 'request-appeal' | 'approve-appeal' | 'reject-appeal'> = {
  'record-callback': (order, command, { now, rules }) => {
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
    const callback: CallbackRecord = {
      satisfaction: command.satisfaction,
      contacted,
      ...(unsatisfied ? { cause: command.cause } : {}),
      recordedAt: now,
    };
    if (command.matterNature !== undefined && !isMatterNature(command.matterNature)) {
      throw new RegulationViolationError('R20.3', 'matterNature is general, mediation or law-enforcement');
    }
    // The reviewer may classify the matter with the callback (R20.3); it is kept on the work order.
    const matterNature = command.matterNature ?? order.matterNature;
    const nature = matterNature ? { matterNature } : {};
    const flagged = contradiction(order, callback);
    const measure = { ...nature, satisfactionIsSoleMeasure: satisfactionIsSoleMeasure(matterNature), ...flagged };
    const recorded = { callback, ...nature, ...flagged };
    if (!unsatisfied) return { to: 'closed', patch: recorded, details: { ...callback, ...measure } };
    if (command.cause !== 'unit') {
      return { to: 'unsatisfied', patch: recorded, details: { ...callback, appealable: true, ...measure } };
    }
    if (order.rehandlingCount > 0) {
      const supervisionTriggers = [...new Set([...order.supervisionTriggers, SUPERVISION_AFTER_REHANDLING])];
      return {
        to: 'unsatisfied',
        patch: { ...recorded, supervisionTriggers },
        details: { ...callback, supervisionTrigger: SUPERVISION_AFTER_REHANDLING, appealable: false, ...measure },
      };
    }
    const rehandling = deadline('rehandling', now, order, rules);
    return {
      to: 'rehandling',
      patch: {
        ...recorded,
        phase: 'rehandling',
        rehandlingCount: order.rehandlingCount + 1,
        completedAt: undefined,
        deadlines: { ...order.deadlines, rehandling },
      },
      details: { ...callback, rehandling: toDeadlineView(rehandling), ...measure },
    };
  },

  'request-appeal': (order, command, { now }) => {
    const cause = order.callback?.cause;
    if (cause === undefined || !APPEALABLE_CAUSES.includes(cause)) {
      throw new RegulationViolationError('R20.3', "a result unsatisfied for the unit's own reasons cannot be appealed");
    }
    if (order.appeal) throw new RegulationViolationError('R20.3', 'this result was appealed before');
    const reason = requireText(command.reason, 'R20.3', 'the reason');
    const evidence = requireText(command.evidence, 'R20.3', 'the evidence');
    return {
      to: 'appeal-requested',
      patch: { appeal: { reason, evidence, requestedAt: now } },
      details: { reason, evidence, cause },
    };
  },

  'approve-appeal': (order, command) => {
    if (!order.appeal) throw new RegulationViolationError('R20.3', 'no appeal to decide');
    return {
      to: 'closed',
      patch: { appeal: { ...order.appeal, decision: 'approved' }, excludedFromAssessment: true },
      details: { excludedFromAssessment: true, ...(command.comment ? { comment: command.comment } : {}) },
    };
  },

  'reject-appeal': (order, command) => {
    if (!order.appeal) throw new RegulationViolationError('R20.3', 'no appeal to decide');
    return {
      to: 'unsatisfied',
      patch: { appeal: { ...order.appeal, decision: 'rejected' } },
      details: command.comment ? { comment: command.comment } : {},
    };
  },
};
