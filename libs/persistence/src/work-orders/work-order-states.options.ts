import { IsInt, Max, Min } from 'class-validator';

/** What `WorkOrderStates` is told by the service's config. */
export interface WorkOrderStatesOptions {
  /** How long a step waits for the event that hands the work order over to this service (e.g. sign right after dispatch). */
  handoverWaitMs: number;
}

export const DEFAULT_HANDOVER_WAIT_MS = 2_000;

/** Injection token of the `WorkOrderStatesOptions`; without it the defaults apply. */
export const WORK_ORDER_STATES_OPTIONS = Symbol('WORK_ORDER_STATES_OPTIONS');

/** The environment variable behind `handoverWaitMs`, validated where a service reads its config. */
export class HandoverConfig {
  @IsInt()
  @Min(0)
  @Max(30_000)
  HOTLINE_HANDOVER_WAIT_MS = DEFAULT_HANDOVER_WAIT_MS;
}
