import { RegulationViolationError } from '../../errors/domain-error';
import { isRejectionReasonCode, rejectionReason } from '../../reference/rejection-reasons';
import { deadline, toDeadlineView } from '../../time-limits/deadlines';
import { requireText, timeliness } from './step-rules';
import type { StepHandlers } from './step-types';

export const INTAKE_STEPS: StepHandlers<
  'reject' | 'close-online' | 'schedule-callback' | 'answer-callback' | 'accept-for-dispatch'
> = {
  reject: (_order, command) => {
    if (!isRejectionReasonCode(command.reasonCode)) {
      throw new RegulationViolationError('R13.1', `reason code must be 1–9, not ${String(command.reasonCode)}`);
    }
    const basis = requireText(command.basis, 'R14.2', 'the basis told to the caller');
    const reason = rejectionReason(command.reasonCode);
    return {
      to: 'rejected',
      patch: { rejection: { reasonCode: reason.code, basis } },
      details: {
        reasonCode: reason.code,
        reason: reason.zh,
        basis,
        transferToEmergencyLine: reason.transferToEmergencyLine,
      },
    };
  },

  'close-online': (_order, command, { now }) => {
    const articleId = requireText(command.articleId, 'R15.1', 'the knowledge-base article');
    return {
      to: 'closed-online',
      patch: { onlineClosure: { articleId, via: 'on-the-spot', closedAt: now } },
      details: { articleId },
    };
  },

  'schedule-callback': (order, command, { now, rules }) => {
    if (command.callerConsent !== true) {
      throw new RegulationViolationError('R15.2', 'a call back needs the caller’s consent');
    }
    const onlineCallback = deadline('online-callback', now, order, rules);
    return {
      to: 'callback-pending',
      patch: { deadlines: { ...order.deadlines, onlineCallback } },
      details: { deadline: toDeadlineView(onlineCallback) },
    };
  },

  'answer-callback': (order, command, { now }) => {
    const answer = requireText(command.answer, 'R15.2', 'the answer given');
    return {
      to: 'closed-online',
      patch: { onlineClosure: { answer, via: 'callback', closedAt: now } },
      details: timeliness(order.deadlines.onlineCallback, now),
    };
  },

  'accept-for-dispatch': () => ({ to: 'awaiting-dispatch', patch: {} }),
};
