import type { WorkOrderEvent } from '../lifecycle/work-order-events';

/**
 * R10.1: a transfer out is sent again until the partner's business acknowledgement arrives: after 1 s, 2 s, 4 s …
 * up to `maxMs` between tries. It is never dropped.
 */
export function transferRetryDelayMs(attempts: number, maxMs: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(1000 * 2 ** exponent, maxMs);
}

/** R10.1: the partner has been silent too long when no acknowledgement came `timeoutSeconds` after the first send. */
export function partnerSilentTooLong(firstSentAt: Date, now: Date, timeoutSeconds: number): boolean {
  return now.getTime() - firstSentAt.getTime() >= timeoutSeconds * 1000;
}

/**
 * R10.1 a transfer out that the partner has finished (completed, or cancelled) stays finished: a status update or
 * another ending that reaches us after it (a retried post, messages out of order) changes nothing.
 */
export function isFinishedTransfer(status: string): boolean {
  return status === 'completed' || status === 'cancelled';
}

/**
 * R10.1 whether a work order may be a partner's hand-over (its steps are reported back): only a partner's transfer
 * records a request by the `partner` channel. Anything else needs no look at the transfers.
 */
export function mayBeHandedOverByPartner(snapshot: { channel?: unknown }): boolean {
  return snapshot.channel === 'partner';
}

/** R10.1 "status back": what a partner hears of the work order it handed over. */
export type PartnerProgress = 'dispatched' | 'in-progress' | 'replied' | 'called-back';

/**
 * R10.1 the steps reported back to the partner that handed the matter over, and as what: given to a unit (by dispatch
 * or by coordination), signed for (or counted as signed when the unit let the limit pass, R16.1), replied to, called
 * back. Every other step is the centre's own business.
 */
const PARTNER_PROGRESS_OF_STEP = {
  dispatch: 'dispatched',
  'assign-by-coordination': 'dispatched',
  sign: 'in-progress',
  'deem-signed': 'in-progress',
  'submit-reply': 'replied',
  'record-callback': 'called-back',
} as const satisfies Partial<Record<WorkOrderEvent, PartnerProgress>>;

export type PartnerReportedStep = keyof typeof PARTNER_PROGRESS_OF_STEP;

export const PARTNER_REPORTED_STEPS = Object.freeze(Object.keys(PARTNER_PROGRESS_OF_STEP) as PartnerReportedStep[]);

/** R10.1 the progress a step reports to the partner, or undefined for a step the partner does not hear of. */
export function partnerProgressOf(step: string): PartnerProgress | undefined {
  return Object.hasOwn(PARTNER_PROGRESS_OF_STEP, step)
    ? PARTNER_PROGRESS_OF_STEP[step as PartnerReportedStep]
    : undefined;
}

/** The last step of a handed-over work order that its partner heard of; nulls until the first. */
export interface LastReportedStep {
  readonly version: number | null;
  /** the step's own time; for a hand-over kept before versions were, the time from which steps are reported */
  readonly at: Date | null;
}

/**
 * R10.1 "status back" never goes backwards: the partner hears a step only when it is newer than the last one it heard.
 * Steps of different kinds reach linkage side by side, and a redelivered or replayed older one must not take back a
 * status the partner already has (a late "in progress" after "replied"). The work order's version decides; a
 * hand-over kept before versions were recorded has only a time, and hears the steps from that time on.
 */
export function isNewerThanReported(step: { version: number; at: Date }, last: LastReportedStep): boolean {
  if (last.version !== null) return step.version > last.version;
  if (last.at !== null) return step.at.getTime() > last.at.getTime();
  return true;
}
