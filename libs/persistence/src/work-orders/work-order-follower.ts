import { Injectable } from '@nestjs/common';
import { LifecycleStep, WORK_ORDER_STEP_EVENT_LIST, WorkOrderStepEvents } from '@hotline/contracts';
import { EntityManager } from 'typeorm';
import { Inbox } from '../inbox/inbox';
import { WorkOrderStates } from './work-order-states';

/**
 * An event that carries a work order's whole snapshot: every lifecycle step (WorkOrderStepPayload), and intake's
 * created and closed-online events.
 */
export interface WorkOrderSnapshotEvent {
  id: string;
  occurredAt: string;
  payload: { state?: Record<string, unknown> | null };
}

/** What a service records beside its copy, in the same transaction; `newer`: the event's snapshot replaced the copy. */
export type FollowerAddition = (manager: EntityManager, newer: boolean) => Promise<unknown>;

/** The subjects of every lifecycle step, for a service that follows them all. */
export const EVERY_STEP_SUBJECT: readonly string[] = WORK_ORDER_STEP_EVENT_LIST.map((definition) => definition.subject);

/**
 * The subjects of the steps a service follows, for one `@EventPattern(stepSubjects(...))`: Nest registers the handler
 * for each subject, and each subject gets the service's own durable consumer.
 */
export function stepSubjects(...steps: LifecycleStep[]): string[] {
  return steps.map((step) => WorkOrderStepEvents[step].subject);
}

/**
 * The one way a service keeps its copies of other services' work orders: each event once per consumer (inbox, group
 * commit with the events handled at the same moment), and only a newer version replaces the copy, so redelivered or
 * reordered events change nothing. What the service adds (its listing, its routing facts …) runs in the same
 * transaction, once per event.
 */
@Injectable()
export class WorkOrderFollower {
  constructor(
    private readonly inbox: Inbox,
    private readonly states: WorkOrderStates,
  ) {}

  /** Answers false when the consumer had already handled the event (nothing was done). */
  async follow(consumer: string, event: WorkOrderSnapshotEvent, adds?: FollowerAddition): Promise<boolean> {
    const outcome = await this.inbox.handleOnce(consumer, event.id, async (manager) => {
      const snapshot = event.payload.state;
      const newer = snapshot ? await this.states.follow(manager, snapshot, new Date(event.occurredAt)) : false;
      if (adds) await adds(manager, newer);
    });
    return outcome.applied;
  }
}
