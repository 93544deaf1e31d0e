import { RegulationViolationError } from '../../errors/domain-error';
import { extendDeadline, isOverdue, toDeadlineView } from '../../time-limits/deadlines';
import { TimeLimitPolicy } from '../../time-limits/time-limit-policy';
import { requireDeadline, requireText } from './step-rules';
import type { StepHandlers } from './step-types';

export const EXTENSION_STEPS: StepHandlers<'request-extension' | 'approve-extension' | 'reject-extension'> = {
  'request-extension': (order, command, { now, rules }) => {
    const policy = rules.policy ?? TimeLimitPolicy.regulation();
    const handling = requireDeadline(order.deadlines.handling, 'R17.2', 'handling');
    const count = policy.get('extension-count');
    if (order.extensionsGranted >= count.value) {
      const message = `only ${count.value} extension(s) may be granted; this would be another`;
      const details = { extensionsGranted: order.extensionsGranted, policy: count };
      throw new RegulationViolationError('R17.2', message, details);
    }
    if (isOverdue(handling, now)) {
      throw new RegulationViolationError('R17.2', `an extension is asked before the deadline (${handling.display})`, {
        handling: toDeadlineView(handling),
      });
    }
    const max = policy.get('extension-max');
    if (!Number.isInteger(command.workingDays) || command.workingDays < 1 || command.workingDays > max.value) {
      const message = `an extension is 1 to ${max.value} working days, not ${command.workingDays}`;
      throw new RegulationViolationError('R17.2', message, { policy: max });
    }
    const reason = requireText(command.reason, 'R17.2', 'the reason');
    return {
      to: 'extension-requested',
      patch: { extension: { workingDays: command.workingDays, reason, requestedAt: now } },
      details: { workingDays: command.workingDays, reason },
    };
  },

  'approve-extension': (order, command, { rules }) => {
    const request = order.extension;
    if (!request) throw new RegulationViolationError('R17.2', 'no extension request to decide');
    const original = requireDeadline(order.deadlines.handling, 'R17.2', 'handling');
    const handling = extendDeadline(original, request.workingDays, rules);
    return {
      to: 'handling',
      patch: {
        extension: { ...request, decision: 'approved' },
        extensionsGranted: order.extensionsGranted + 1,
        deadlines: { ...order.deadlines, handling },
      },
      details: {
        handling: toDeadlineView(handling),
        unitMustTellCaller: true,
        ...(command.comment ? { comment: command.comment } : {}),
      },
    };
  },

  'reject-extension': (order, command) => {
    const request = order.extension;
    if (!request) throw new RegulationViolationError('R17.2', 'no extension request to decide');
    return {
      to: 'handling',
      patch: { extension: { ...request, decision: 'rejected' } },
      details: {
        ...(order.deadlines.handling ? { handling: toDeadlineView(order.deadlines.handling) } : {}),
        ...(command.comment ? { comment: command.comment } : {}),
      },
    };
  },
};
