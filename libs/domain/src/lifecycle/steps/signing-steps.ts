import { RegulationViolationError } from '../../errors/domain-error';
import { deadlinesAfterSigning, isOverdue, toDeadlineView } from '../../time-limits/deadlines';
import { deadlinesBeforeDispatch, requireDeadline, requireText } from './step-rules';
import type { StepHandlers } from './step-types';

type SigningEvent = 'sign' | 'deem-signed' | 'request-return' | 'approve-return' | 'reject-return';

export const SIGNING_STEPS: StepHandlers<SigningEvent> = {
  sign: (order, _command, { now, rules }) => {
    const late = order.deadlines.sign ? isOverdue(order.deadlines.sign, now) : false;
    const { returnWindow, handling } = deadlinesAfterSigning(now, order, rules);
    return {
      to: 'handling',
      patch: {
        signing: { signedAt: now, deemed: false, late },
        deadlines: { ...order.deadlines, returnWindow, handling },
      },
      details: { late, returnWindow: toDeadlineView(returnWindow), handling: toDeadlineView(handling) },
    };
  },

  // The order counts as signed at the end of the sign limit, so the limits count from the sign limit's last day.
  'deem-signed': (order, _command, { now, rules }) => {
    const sign = requireDeadline(order.deadlines.sign, 'R16.1', 'sign');
    if (!isOverdue(sign, now)) {
      throw new RegulationViolationError('R16.1', `the unit may still sign until ${sign.display}`, { due: sign.due });
    }
    const { returnWindow, handling } = deadlinesAfterSigning(new Date(sign.due.getTime() - 1), order, rules);
    return {
      to: 'handling',
      patch: {
        signing: { signedAt: sign.due, deemed: true, late: true },
        deadlines: { ...order.deadlines, returnWindow, handling },
      },
      details: {
        deemedSignedAt: sign.display,
        returnWindow: toDeadlineView(returnWindow),
        handling: toDeadlineView(handling),
      },
    };
  },

  'request-return': (order, command, { now }) => {
    const window = requireDeadline(order.deadlines.returnWindow, 'R16.2', 'return-window');
    if (isOverdue(window, now)) {
      throw new RegulationViolationError(
        'R16.2',
        `the return window ended at ${window.display}: the work order counts as signed (视为签收) and cannot be returned`,
        { countsAsSigned: true, returnWindow: toDeadlineView(window) },
      );
    }
    if (order.returnRequest) {
      throw new RegulationViolationError('R16.3', 'a return was already asked for and refused for this dispatch');
    }
    const reason = requireText(command.reason, 'R16.2', 'the reason');
    const basis = requireText(command.basis, 'R16.2', 'the basis');
    return {
      to: 'return-requested',
      patch: { returnRequest: { reason, basis, requestedAt: now } },
      details: { reason, basis },
    };
  },

  'approve-return': (order, command) => {
    if (!order.returnRequest) throw new RegulationViolationError('R16.3', 'no return request to decide');
    return {
      to: 'awaiting-dispatch',
      patch: {
        returnRequest: undefined,
        assignment: undefined,
        signing: undefined,
        deadlines: deadlinesBeforeDispatch(order),
        extension: undefined,
        extensionsGranted: 0,
      },
      details: {
        previousLeadUnitId: order.assignment?.leadUnitId,
        request: order.returnRequest,
        ...(command.comment ? { comment: command.comment } : {}),
      },
    };
  },

  'reject-return': (order, command) => {
    if (!order.returnRequest) throw new RegulationViolationError('R16.3', 'no return request to decide');
    return {
      to: 'handling',
      patch: { returnRequest: { ...order.returnRequest, decision: 'rejected' } },
      details: {
        ...(order.deadlines.handling ? { handling: toDeadlineView(order.deadlines.handling) } : {}),
        ...(command.comment ? { comment: command.comment } : {}),
      },
    };
  },
};
