import { Injectable } from '@nestjs/common';
import { LifecycleStep, WORK_ORDER_STEP_EVENT_LIST, WorkOrderStepEvents } from '@hotline/contracts';
import { EntityManager } from 'typeorm';
import { Inbox } from '../inbox/inbox';
import { WorkOrderCopies } from './work-order-copies';
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
 * The one way a service keeps its copies of other services' work orders: only a newer version replaces the copy, so
 * redelivered or reordered events change nothing. A follow whose only effect is the copy needs nothing more
 * (WorkOrderCopies: no inbox row, one statement per group commit). What a service adds beside the copy (its listing,
 * its routing facts …) is not versioned, so such a follow takes each event once per consumer (inbox, group commit
 * with the events handled at the same moment) and runs the addition in the copy's transaction, once per event.
 */
@Injectable()
export class WorkOrderFollower {
  constructor(
    private readonly inbox: Inbox,
    private readonly states: WorkOrderStates,
    private readonly copies: WorkOrderCopies,
  ) {}

  /**
   * Resolves once the event's effect is committed, answering whether it changed anything: with `adds`, false when
   * the consumer had already handled the event (nothing was done); without, false when the snapshot was not newer
   * than the copy (or the event carries none).
   */
  async follow(consumer: string, event: WorkOrderSnapshotEvent, adds?: FollowerAddition): Promise<boolean> {
    const snapshot = event.payload.state;
    if (!snapshot && !adds) return false;
    let newer = false;
    let changed: boolean;
    if (!adds) {
      changed = newer = await this.copies.follow(snapshot as Record<string, unknown>, new Date(event.occurredAt));
    } else {
      const outcome = await this.inbox.handleOnce(consumer, event.id, async (manager) => {
        newer = snapshot ? await this.states.follow(manager, snapshot, new Date(event.occurredAt)) : false;
        await adds(manager, newer);
      });
      changed = outcome.applied;
    }
    if (newer && snapshot) this.states.copiesCommitted([String(snapshot['id'])]);
    return changed;
  }
}
