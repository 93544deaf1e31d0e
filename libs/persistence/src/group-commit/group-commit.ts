import { Logger } from '@nestjs/common';
import { groupCommitBatchSize } from '@hotline/telemetry';
import { EntityManager } from 'typeorm';

/** Runs work in one database transaction (a DataSource's `transaction`, in production). */
export type TransactionRunner = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;

/** Writes a batch of items in the given transaction and answers one result per item, in order. */
export type BatchWriter<TItem, TResult> = (manager: EntityManager, items: TItem[]) => Promise<TResult[]>;

interface Pending<TItem, TResult> {
  item: TItem;
  resolve: (result: TResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: items submitted while a batch is being written wait and go together into the next
 * transaction, so a busy service pays one round of statements and one commit for many items. An idle
 * one writes each item at once. A batch that fails is written again one item at a time, so one bad
 * item fails only itself.
 */
export class GroupCommit<TItem, TResult> {
  private readonly logger = new Logger(GroupCommit.name);
  private readonly waiting: Array<Pending<TItem, TResult>> = [];
  private writing = false;

  constructor(
    private readonly transaction: TransactionRunner,
    private readonly write: BatchWriter<TItem, TResult>,
    private readonly maxBatch = 64,
    /** names the writer in the batch-size metric */
    private readonly writer = 'unnamed',
  ) {}

  submit(item: TItem): Promise<TResult> {
    return new Promise<TResult>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.writeNext();
    });
  }

  private writeNext(): void {
    if (this.writing || this.waiting.length === 0) return;
    this.writing = true;
    const batch = this.waiting.splice(0, this.maxBatch);
    groupCommitBatchSize.observe({ writer: this.writer }, batch.length);
    void this.commit(batch).finally(() => {
      this.writing = false;
      this.writeNext();
    });
  }

  private async commit(batch: Array<Pending<TItem, TResult>>): Promise<void> {
    try {
      const results = await this.transaction(async (manager) => {
        const written = await this.write(
          manager,
          batch.map((pending) => pending.item),
        );
        if (written.length !== batch.length)
          throw new Error(`a batch of ${batch.length} answered ${written.length} results`);
        return written;
      });
      batch.forEach((pending, index) => pending.resolve(results[index] as TResult));
    } catch (error) {
      const [only] = batch;
      if (only && batch.length === 1) return only.reject(error);
      this.logger.warn(
        `a batch of ${batch.length} failed (${(error as Error).message}); writing its items one at a time`,
      );
      for (const pending of batch) await this.commit([pending]);
    }
  }
}
