import { context, Context } from '@opentelemetry/api';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { GroupCommit } from '../group-commit/group-commit';
import { insertRows } from '../sql/insert-rows';

export type InboxOutcome<T> = { applied: true; result: T } | { applied: false };

/** The row that claims an item, and the key that names it on both sides of the insert. */
export interface OnceClaim<TItem> {
  /** names the writer in the batch-size metric */
  writer: string;
  table: EntityTarget<ObjectLiteral>;
  /** `ON CONFLICT … DO NOTHING RETURNING <the key's columns>` */
  onConflict: string;
  rowOf(item: TItem): ObjectLiteral;
  keyOfItem(item: TItem): string;
  keyOfInsertedRow(row: Record<string, unknown>): string;
}

interface Claimed<TItem> {
  item: TItem;
  effect: (manager: EntityManager) => Promise<unknown>;
  /** The handler's trace: its effect's statements belong to it, whichever batch they are written in. */
  trace: Context;
}

/**
 * Runs an effect at most once per item: the item's row is inserted in the same transaction as the effect, and only
 * an item whose row was not there yet runs its effect, so a redelivered or replayed event changes nothing. Items
 * submitted at the same time share a transaction and one insert (group commit); a batch that fails is applied again
 * one item at a time.
 */
export class ClaimedOnce<TItem> {
  private readonly writes: GroupCommit<Claimed<TItem>, InboxOutcome<unknown>>;

  constructor(
    dataSource: DataSource,
    private readonly claim: OnceClaim<TItem>,
  ) {
    this.writes = new GroupCommit(
      (work) => dataSource.transaction(work),
      (manager, batch) => this.applyOnce(manager, batch),
      64,
      claim.writer,
    );
  }

  async run<T>(item: TItem, effect: (manager: EntityManager) => Promise<T>): Promise<InboxOutcome<T>> {
    return (await this.writes.submit({ item, effect, trace: context.active() })) as InboxOutcome<T>;
  }

  private async applyOnce(manager: EntityManager, batch: Array<Claimed<TItem>>): Promise<Array<InboxOutcome<unknown>>> {
    const { table, onConflict, rowOf, keyOfItem, keyOfInsertedRow } = this.claim;
    const inserted = await insertRows(
      manager,
      table,
      batch.map(({ item }) => rowOf(item)),
      onConflict,
    );
    const fresh = new Set(inserted.map(keyOfInsertedRow));
    const outcomes: Array<InboxOutcome<unknown>> = [];
    for (const { item, effect, trace } of batch) {
      // The same item twice in one batch (a redelivery) is inserted once, so applied once.
      if (!fresh.delete(keyOfItem(item))) {
        outcomes.push({ applied: false });
        continue;
      }
      outcomes.push({ applied: true, result: await context.with(trace, () => effect(manager)) });
    }
    return outcomes;
  }
}
