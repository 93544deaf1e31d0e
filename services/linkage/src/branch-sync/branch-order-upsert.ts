import { Injectable } from '@nestjs/common';
import { BranchOrderSynced } from '@hotline/contracts';
import { BranchOrderStatus, isNewerBranchChange } from '@hotline/domain';
import { OutboxWriter } from '@hotline/persistence';
import { BranchStatus, BranchWorkOrder } from '@hotline/partner-contracts';
import { Timestamp, timestampDate } from '@bufbuild/protobuf/wkt';
import { EntityManager } from 'typeorm';
import { Partner } from '../partners/partner.entity';
import { BranchOrder } from './branch-order.entity';
import { branchOrderId } from './branch-order-id';
import { branchOrderSyncedPayload } from './branch-order-synced';
import { BranchOrdersRepository } from './branch-orders.repository';

/**
 * R10.2: takes a branch's order or status change into `branch_orders` when it is newer than what we hold; each change
 * is one more `version` and one `linkage.branch-order-synced` event, written in the caller's transaction.
 */
@Injectable()
export class BranchOrderUpsert {
  constructor(
    private readonly orders: BranchOrdersRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * The branch's orders as it sent them (one pushed, or a reconciliation page): each new one is inserted, each held
   * one changed when the branch's is newer. Answers how many were new or changed.
   */
  async take(manager: EntityManager, branch: Partner, incoming: BranchWorkOrder[], now: Date): Promise<number> {
    const held = new Map(
      (
        await this.orders.findManyForUpdate(
          manager,
          branch.code,
          incoming.map((order) => order.externalId),
        )
      ).map((order) => [order.externalId, order]),
    );
    const created = new Map<string, BranchOrder>();
    const changed = new Map<string, BranchOrder>();
    for (const order of incoming) {
      const fields = fieldsOf(order, now);
      const before = held.get(order.externalId) ?? created.get(order.externalId);
      if (!before) {
        created.set(order.externalId, {
          id: branchOrderId(branch.code, order.externalId),
          branchCode: branch.code,
          externalId: order.externalId,
          version: 1,
          ...fields,
          closedAt: fields.status === 'closed' ? fields.updatedAt : null,
          syncedAt: now,
        });
      } else if (isNewerBranchChange(before.updatedAt, fields.updatedAt)) {
        const closedAt = fields.status === 'closed' ? (before.closedAt ?? fields.updatedAt) : null;
        Object.assign(before, fields, { closedAt, syncedAt: now });
        if (!created.has(order.externalId)) changed.set(order.externalId, before);
      }
    }
    const inserted = await this.orders.insertNew(manager, [...created.values()]);
    for (const order of changed.values()) {
      order.version += 1;
      await this.orders.update(manager, order);
    }
    const published = [...[...created.values()].filter((order) => inserted.has(order.id)), ...changed.values()];
    await this.outbox.addMany(
      manager,
      published.map((order) => ({
        definition: BranchOrderSynced,
        payload: branchOrderSyncedPayload(order, branch.unitId),
        meta: { actor: { kind: 'partner' as const, id: branch.code }, workOrderId: order.id, occurredAt: now },
      })),
    );
    return published.length;
  }

  /** true when the status changed; null when we hold no such order yet (its first message is missing) */
  async status(manager: EntityManager, branch: Partner, incoming: BranchStatus, now: Date): Promise<boolean | null> {
    const held = await this.orders.findForUpdate(manager, branch.code, incoming.externalId);
    if (!held) return null;
    const changedAt = dateOf(incoming.changedAt, now);
    if (!isNewerBranchChange(held.updatedAt, changedAt)) return false;
    held.status = incoming.status as BranchOrderStatus;
    held.updatedAt = changedAt;
    held.closedAt = held.status === 'closed' ? changedAt : null;
    return this.change(manager, branch, held, now);
  }

  private async change(manager: EntityManager, branch: Partner, order: BranchOrder, now: Date): Promise<true> {
    order.version += 1;
    order.syncedAt = now;
    await this.orders.update(manager, order);
    await this.outbox.add(manager, BranchOrderSynced, branchOrderSyncedPayload(order, branch.unitId), {
      actor: { kind: 'partner', id: branch.code },
      workOrderId: order.id,
      occurredAt: now,
    });
    return true;
  }
}

/** `envelopeProblems` has checked the status and that both times are there. */
function fieldsOf(order: BranchWorkOrder, now: Date) {
  return {
    number: order.number,
    requestType: order.requestType,
    category: order.category || null,
    district: order.district || null,
    matter: order.matter,
    status: order.status as BranchOrderStatus,
    handlingUnit: order.handlingUnit || null,
    acceptedAt: dateOf(order.acceptedAt, now),
    dueAt: order.dueAt ? timestampDate(order.dueAt) : null,
    updatedAt: dateOf(order.updatedAt, now),
  };
}

function dateOf(timestamp: Timestamp | undefined, otherwise: Date): Date {
  return timestamp ? timestampDate(timestamp) : otherwise;
}
