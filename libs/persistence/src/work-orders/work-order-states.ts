import { Inject, Injectable, Optional } from '@nestjs/common';
import { Actor, BackendServiceName, stepEventOf, WORK_ORDER_WRITER, WorkOrderStepPayload } from '@hotline/contracts';
import {
  applyWorkOrderCommand,
  NotFoundError,
  NotTheWriterError,
  StateConflictError,
  WorkOrder,
  WorkOrderCommand,
  WorkOrderContext,
  workOrderFromJson,
  WorkOrderTransition,
  workOrderToJson,
} from '@hotline/domain';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxWriter } from '../outbox/outbox-writer';
import { insertRows } from '../sql/insert-rows';
import { quotedTable } from '../sql/quoted-table';
import { WorkOrderState } from './work-order-state.entity';
import {
  DEFAULT_HANDOVER_WAIT_MS,
  WORK_ORDER_STATES_OPTIONS,
  WorkOrderStatesOptions,
} from './work-order-states.options';

/** How often a hand-over wait looks again when no copy committed in this process wakes it (another replica's). */
const POLL_MS = 20;

/**
 * A service's copies of work orders. The owner of a work order's current state takes steps on it
 * (row lock, domain rules, new version and its step event in one transaction); every other service
 * follows the snapshots in the events, keeping only the highest version it has seen.
 */
@Injectable()
export class WorkOrderStates {
  private readonly handoverWaitMs: number;
  /** The hand-over waits of this process, by work order: woken when a newer copy of it commits here. */
  private readonly handovers = new Map<string, Array<() => void>>();

  constructor(
    private readonly outbox: OutboxWriter,
    @Optional() @Inject(WORK_ORDER_STATES_OPTIONS) options?: Partial<WorkOrderStatesOptions>,
  ) {
    this.handoverWaitMs = options?.handoverWaitMs ?? DEFAULT_HANDOVER_WAIT_MS;
  }

  /** Takes a snapshot from an event; an older or equal version changes nothing (redelivery, reordering). */
  async follow(manager: EntityManager, snapshot: Record<string, unknown>, at: Date): Promise<boolean> {
    return (await this.followAll(manager, [{ snapshot, at }])).length > 0;
  }

  /** `follow` for many snapshots of different work orders in one statement; answers the ids of those that were newer. */
  async followAll(
    manager: EntityManager,
    snapshots: Array<{ snapshot: Record<string, unknown>; at: Date }>,
  ): Promise<string[]> {
    const rows = snapshots.map(({ snapshot, at }): WorkOrderState => {
      const order = workOrderFromJson(snapshot);
      return {
        id: order.id,
        version: order.version,
        status: order.status,
        leadUnitId: order.assignment?.leadUnitId ?? null,
        coUnitIds: [...(order.assignment?.coUnitIds ?? [])],
        state: snapshot,
        updatedAt: at,
      };
    });
    const newer = await insertRows(
      manager,
      WorkOrderState,
      rows,
      `ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, status = EXCLUDED.status, lead_unit_id = EXCLUDED.lead_unit_id,
         co_unit_ids = EXCLUDED.co_unit_ids, state = EXCLUDED.state, updated_at = EXCLUDED.updated_at
       WHERE work_order_states.version < EXCLUDED.version
       RETURNING id`,
    );
    return newer.map((row) => String(row['id']));
  }

  async find(manager: EntityManager, id: string): Promise<WorkOrder | null> {
    return this.read(manager, id, '');
  }

  /** The work order locked for this transaction: a concurrent step on it waits, then sees the new state. */
  async lock(manager: EntityManager, id: string): Promise<WorkOrder> {
    const order = await this.read(manager, id, 'FOR UPDATE');
    if (!order) throw new NotFoundError(`no work order ${id}`);
    return order;
  }

  /** One statement written out: every step reads its copy, and the ORM's query building cost more than the read. */
  private async read(manager: EntityManager, id: string, lock: '' | 'FOR UPDATE'): Promise<WorkOrder | null> {
    const rows: Array<{ state: Record<string, unknown> }> = await manager.query(
      `SELECT state FROM ${quotedTable(manager, WorkOrderState)} WHERE id = $1 ${lock}`,
      [id],
    );
    return rows[0] ? workOrderFromJson(rows[0].state) : null;
  }

  /**
   * One step of the lifecycle by the service that owns the work order's state: NotTheWriterError (409 naming the
   * writer) when another service owns it, NotFoundError without a copy, and the domain's errors (409 a state that does
   * not allow the step, 403/422) as it decides. The step event carries
   * the new snapshot.
   */
  async takeStep(
    manager: EntityManager,
    service: BackendServiceName,
    id: string,
    command: WorkOrderCommand,
    context: WorkOrderContext & { eventActor: Actor },
  ): Promise<WorkOrderTransition> {
    const current = await this.lock(manager, id);
    const writer = WORK_ORDER_WRITER[current.status];
    if (writer !== service) {
      throw new NotTheWriterError(
        `work order ${id} is '${current.status}'; step '${command.event}' is not possible here (its steps are taken by ${writer ?? 'nobody: it is final'})`,
        current.status,
        writer ?? null,
      );
    }
    const transition = applyWorkOrderCommand(current, command, context);
    await this.save(manager, transition.order, context.now);
    await this.outbox.add(manager, stepEventOf(transition.step.event), stepPayload(transition), {
      actor: context.eventActor,
      workOrderId: id,
      occurredAt: context.now,
    });
    return transition;
  }

  /**
   * Waits, a bounded while, for a work order still on its way to `owner` (the event that hands it over not yet
   * followed), so that a step right after the previous one in another service succeeds instead of answering
   * 404/409 for a moment. Call it before the step's transaction: it holds no connection while it waits.
   */
  async awaitHandover(dataSource: DataSource, id: string, owner: BackendServiceName): Promise<void> {
    const until = Date.now() + this.handoverWaitMs;
    for (;;) {
      const rows: Array<{ status: keyof typeof WORK_ORDER_WRITER }> = await dataSource.query(
        `SELECT status FROM ${quotedTable(dataSource, WorkOrderState)} WHERE id = $1`,
        [id],
      );
      const writer = rows[0] ? WORK_ORDER_WRITER[rows[0].status] : undefined;
      // Owned here, or final: nothing will come. Otherwise the hand-over may be on its way.
      if (writer === owner || writer === null || Date.now() >= until) return;
      await this.nextCopyOf(id, POLL_MS);
    }
  }

  /** A follower committed newer copies of these work orders: the hand-over waits on them look again at once. */
  copiesCommitted(ids: readonly string[]): void {
    for (const id of ids) {
      const waiting = this.handovers.get(id.toLowerCase());
      this.handovers.delete(id.toLowerCase());
      for (const wake of waiting ?? []) wake();
    }
  }

  /** Resolves when a newer copy of the work order commits here, or after `ms`. */
  private nextCopyOf(id: string, ms: number): Promise<void> {
    const key = id.toLowerCase();
    return new Promise((resolve) => {
      const wake = () => (clearTimeout(timer), resolve());
      const timer = setTimeout(() => {
        const others = (this.handovers.get(key) ?? []).filter((waiting) => waiting !== wake);
        if (others.length > 0) this.handovers.set(key, others);
        else this.handovers.delete(key);
        resolve();
      }, ms);
      this.handovers.set(key, [...(this.handovers.get(key) ?? []), wake]);
    });
  }

  private async save(manager: EntityManager, order: WorkOrder, at: Date): Promise<void> {
    const [, affected] = (await manager.query(
      `UPDATE ${quotedTable(manager, WorkOrderState)} SET version = $2, status = $3, lead_unit_id = $4, co_unit_ids = $5, state = $6, updated_at = $7
       WHERE id = $1 AND version = $2 - 1`,
      [
        order.id,
        order.version,
        order.status,
        order.assignment?.leadUnitId ?? null,
        order.assignment?.coUnitIds ?? [],
        workOrderToJson(order),
        at,
      ],
    )) as [unknown, number];
    if (affected !== 1) throw new StateConflictError(`work order ${order.id} was changed concurrently`);
  }
}

export function stepPayload({ order, step }: WorkOrderTransition): WorkOrderStepPayload {
  return {
    workOrderId: order.id,
    version: order.version,
    step: step.event,
    from: step.from,
    to: step.to,
    at: step.at.toISOString(),
    requirements: [...step.requirements],
    details: JSON.parse(JSON.stringify(step.details)) as Record<string, unknown>,
    state: workOrderToJson(order),
  };
}
