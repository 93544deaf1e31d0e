import { RegulationViolationError } from '../../errors/domain-error';
import { tryIsoDateToDay } from '../../time/beijing-time';
import { assertHandledInThePast, assertPlanDateInFuture } from '../reply-record';
import type { UnitReply, WorkOrder } from '../work-order';
import { requireBoolean, requireText, timeliness } from './step-rules';
import type { StepHandlers } from './step-types';

const commented = (comment?: string) => (comment ? { comment } : {});

const OUTCOMES: readonly UnitReply['outcome'][] = ['solved', 'plan', 'not-possible'];

function checkedReply(reply: UnitReply, now: Date): UnitReply {
  if (typeof reply !== 'object' || reply === null) throw new RegulationViolationError('R18.1', 'the reply is required');
  const handledBy = requireText(reply.handledBy, 'R18.1', 'handledBy (handling body or person)');
  const process = requireText(reply.process, 'R18.1', 'process');
  const result = requireText(reply.result, 'R18.1', 'result');
  const callerContacted = requireBoolean(reply.callerContacted, 'R18.1', 'callerContacted');
  if (!(reply.handledAt instanceof Date) || Number.isNaN(reply.handledAt.getTime())) {
    throw new RegulationViolationError('R18.1', 'handledAt (handling time) is required');
  }
  assertHandledInThePast(reply.handledAt, now);
  if (!OUTCOMES.includes(reply.outcome)) {
    throw new RegulationViolationError('R18.2', `outcome is one of ${OUTCOMES.join(', ')}`);
  }
  if (reply.outcome === 'plan') {
    requireText(reply.plan, 'R18.2', 'the measures (plan) for a matter not yet solvable');
    if (tryIsoDateToDay(reply.planDate) === undefined) {
      throw new RegulationViolationError('R18.2', 'a definite date (planDate YYYY-MM-DD) for solving it is required');
    }
  }
  assertPlanDateInFuture(reply.planDate, now);
  if (reply.outcome === 'not-possible') {
    requireText(reply.explanation, 'R18.2', 'the explanation given to the caller');
  }
  return { ...reply, handledBy, process, result, callerContacted };
}

function currentLimit(order: WorkOrder) {
  return order.phase === 'rehandling' ? order.deadlines.rehandling : order.deadlines.handling;
}

export const REPLY_STEPS: StepHandlers<'submit-reply' | 'pass-reply' | 'fail-reply'> = {
  'submit-reply': (order, command, { now }) => {
    const reply = checkedReply(command.reply, now);
    // R15.5: the lead unit answers for the work order together with its co-handling units; the reply names them.
    const units = order.assignment
      ? { leadUnitId: order.assignment.leadUnitId, coUnitIds: [...order.assignment.coUnitIds] }
      : {};
    return {
      to: 'replied',
      patch: { reply: { ...reply, submittedAt: now, ...units } },
      // R14.1: the whole reply stays on the step, so that every version of it is on the timeline, not only the last.
      details: { ...reply, phase: order.phase, ...units, ...timeliness(currentLimit(order), now) },
    };
  },

  'pass-reply': (order, command, { now }) => ({
    to: 'completed',
    patch: { completedAt: now },
    details: { phase: order.phase, ...timeliness(currentLimit(order), now), ...commented(command.comment) },
  }),

  // R19.1: back to the unit "按原规定时限", so no deadline changes.
  'fail-reply': (order, command, { now }) => ({
    to: order.phase === 'rehandling' ? 'rehandling' : 'handling',
    patch: {},
    details: { phase: order.phase, ...timeliness(currentLimit(order), now), ...commented(command.comment) },
  }),
};
