import { RegulationViolationError } from '../../errors/domain-error';
import { rejectionReason } from '../../reference/rejection-reasons';
import { deadline, toDeadlineView } from '../../time-limits/deadlines';
import { requireRejectionReasonCode, requireText, timeliness } from './step-rules';
import type { StepHandlers } from './step-types';

function versionOf(articleVersion: number | undefined): { articleVersion?: number } {
  if (articleVersion === undefined) return {};
  if (!Number.isInteger(articleVersion) || articleVersion < 1) {
    throw new RegulationViolationError(
      'R15.1',
      `the article version is a whole number from 1, not ${String(articleVersion)}`,
    );
  }
  return { articleVersion };
}

export const INTAKE_STEPS: StepHandlers<
  'reject' | 'close-online' | 'schedule-callback' | 'answer-callback' | 'accept-for-dispatch'
> = {
  reject: (_order, command, { actor }) => {
    const reasonCode = requireRejectionReasonCode(command.reasonCode);
    // Only the jurisdiction table decides by itself (R13.1(8)); every other reason is a person's judgement.
    if (actor.role === 'system' && reasonCode !== 8) {
      throw new RegulationViolationError(
        'R13.1',
        `the system rejects only for reason 8 (outside the city), not ${reasonCode}`,
      );
    }
    const basis = requireText(command.basis, 'R14.2', 'the basis told to the caller');
    const reason = rejectionReason(reasonCode);
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
    const article = { articleId, ...versionOf(command.articleVersion) };
    return {
      to: 'closed-online',
      patch: { onlineClosure: { ...article, via: 'on-the-spot', closedAt: now } },
      details: article,
    };
  },

  'schedule-callback': (order, command, { now, rules }) => {
    if (command.callerConsent !== true) {
      throw new RegulationViolationError('R15.2', 'a call back needs the caller’s consent');
    }
    const onlineCallback = deadline('online-callback', now, order, rules);
    return {
      to: 'callback-pending',
      patch: { callerConsent: true, deadlines: { ...order.deadlines, onlineCallback } },
      details: { callerConsent: true, deadline: toDeadlineView(onlineCallback) },
    };
  },

  'answer-callback': (order, command, { now }) => {
    const answer = requireText(command.answer, 'R15.2', 'the answer given');
    const article =
      command.articleId === undefined
        ? {}
        : {
            articleId: requireText(command.articleId, 'R15.1', 'the knowledge-base article'),
            ...versionOf(command.articleVersion),
          };
    return {
      to: 'closed-online',
      patch: { onlineClosure: { answer, ...article, via: 'callback', closedAt: now } },
      details: { ...article, ...timeliness(order.deadlines.onlineCallback, now) },
    };
  },

  'accept-for-dispatch': () => ({ to: 'awaiting-dispatch', patch: {} }),
};
