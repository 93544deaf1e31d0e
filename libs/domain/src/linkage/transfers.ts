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
 * or by coordination), signed for, replied to, called back. Every other step is the centre's own business.
 */
const PARTNER_PROGRESS_OF_STEP = {
  dispatch: 'dispatched',
  'assign-by-coordination': 'dispatched',
  sign: 'in-progress',
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
