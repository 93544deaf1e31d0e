import { RegulationViolationError } from '../../errors/domain-error';
import { extendDeadline, isOverdue, toDeadlineView } from '../../time-limits/deadlines';
import { TimeLimitPolicy } from '../../time-limits/time-limit-policy';
import { requireDeadline, requireText } from './step-rules';
import type { StepHandlers } from './step-types';

type ExtensionStep = 'request-extension' | 'approve-extension' | 'reject-extension' | 'record-caller-informed';

export const EXTENSION_STEPS: StepHandlers<ExtensionStep> = {
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
      patch: {
        extension: { workingDays: command.workingDays, reason, requestedAt: now, requestVersion: order.version + 1 },
      },
      details: { workingDays: command.workingDays, reason },
    };
  },

  'approve-extension': (order, command, { now, rules }) => {
    const request = order.extension;
    if (!request) throw new RegulationViolationError('R17.2', 'no extension request to decide');
    const original = requireDeadline(order.deadlines.handling, 'R17.2', 'handling');
    const handling = extendDeadline(original, request.workingDays, rules);
    return {
      to: 'handling',
      patch: {
        extension: { ...request, decision: 'approved', decidedAt: now },
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

  'reject-extension': (order, command, { now }) => {
    const request = order.extension;
    if (!request) throw new RegulationViolationError('R17.2', 'no extension request to decide');
    return {
      to: 'handling',
      patch: { extension: { ...request, decision: 'rejected', decidedAt: now } },
      details: {
        ...(order.deadlines.handling ? { handling: toDeadlineView(order.deadlines.handling) } : {}),
        ...(command.comment ? { comment: command.comment } : {}),
      },
    };
  },

  // R17.2 "审核通过的，承办单位应及时告知诉求人延长期限和办理进度": when and how the unit told the caller.
  'record-caller-informed': (order, command, { now }) => {
    const extension = order.extension;
    if (!extension || extension.decision !== 'approved') {
      throw new RegulationViolationError('R17.2', 'the caller is told of an approved extension; none was approved');
    }
    if (extension.callerInformed) {
      throw new RegulationViolationError('R17.2', 'telling the caller of this extension was recorded before', {
        informedAt: extension.callerInformed.informedAt.toISOString(),
      });
    }
    const informedAt = command.informedAt;
    if (!(informedAt instanceof Date) || Number.isNaN(informedAt.getTime())) {
      throw new RegulationViolationError('R17.2', 'informedAt (when the caller was told) is required', {
        field: 'informedAt',
      });
    }
    if (informedAt.getTime() > now.getTime()) {
      throw new RegulationViolationError('R17.2', 'informedAt lies in the future', { field: 'informedAt' });
    }
    const approvedAt = extension.decidedAt ?? extension.requestedAt;
    if (informedAt.getTime() < approvedAt.getTime()) {
      throw new RegulationViolationError(
        'R17.2',
        `informedAt is before the extension was approved (${approvedAt.toISOString()})`,
        {
          field: 'informedAt',
          approvedAt: approvedAt.toISOString(),
        },
      );
    }
    const method = requireText(command.method, 'R17.2', 'method');
    return {
      to: order.status,
      patch: { extension: { ...extension, callerInformed: { informedAt, method, recordedAt: now } } },
      details: {
        informedAt: informedAt.toISOString(),
        method,
        ...(order.deadlines.handling ? { handling: toDeadlineView(order.deadlines.handling) } : {}),
      },
    };
  },
};
