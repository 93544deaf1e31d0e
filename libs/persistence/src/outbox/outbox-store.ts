import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, LessThan } from 'typeorm';
import { entityColumns } from '../sql/entity-columns';
import { quotedTable } from '../sql/quoted-table';
import { OutboxMessage } from './outbox-message.entity';

/** What the relay needs from the outbox table: claim unsent rows, mark them, keep the table small. */
@Injectable()
export class OutboxStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get schema(): string {
    return this.dataSource.driver.schema ?? 'public';
  }

  private get table(): string {
    return quotedTable(this.dataSource, OutboxMessage);
  }

  private get columns(): string {
    return entityColumns(this.dataSource, OutboxMessage);
  }

  /**
   * Locks up to `limit` unsent rows (skipping rows another replica holds), hands them to `publish`,
   * and marks as sent exactly those it reports published — all in one transaction. Answers how many rows it claimed
   * and how many it marked: fewer claimed than `limit` means nothing else was unsent when it looked.
   */
  async relayBatch(
    limit: number,
    publish: (rows: OutboxMessage[], manager: EntityManager) => Promise<string[]>,
  ): Promise<{ claimed: number; sent: number }> {
    // Written out, as every event of every service passes here: TypeORM's building of the claim and the mark cost
    // more than the statements.
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxMessage[] = await manager.query(
        `SELECT ${this.columns} FROM ${this.table} WHERE sent_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return { claimed: 0, sent: 0 };
      const sentIds = await publish(rows, manager);
      if (sentIds.length > 0) {
        await manager.query(`UPDATE ${this.table} SET sent_at = now() WHERE id = ANY($1::uuid[])`, [sentIds]);
      }
      return { claimed: rows.length, sent: sentIds.length };
    });
  }

  /** Whether any row waits to be published: one statement, no transaction (the relay's poll, every second or so). */
  async hasUnsent(): Promise<boolean> {
    const [row]: Array<{ unsent: boolean }> = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM ${this.table} WHERE sent_at IS NULL) AS unsent`,
    );
    return row?.unsent === true;
  }

  /**
   * Counts a failed attempt. Inside `relayBatch`, pass its manager: the rows are locked by that transaction, and an
   * update from another connection would wait for it while it waits for this update.
   */
  async recordFailure(ids: string[], error: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (ids.length === 0) return;
    await manager
      .getRepository(OutboxMessage)
      .createQueryBuilder()
      .update()
      .set({ attempts: () => 'attempts + 1', lastError: error.slice(0, 2000) })
      .where('id IN (:...ids) AND sent_at IS NULL', { ids })
      .execute();
  }

  async countUnsent(): Promise<number> {
    return this.dataSource.getRepository(OutboxMessage).count({ where: { sentAt: IsNull() } });
  }

  /** Unsent rows and the age of the oldest, in seconds (0 when none): the relay's lag, for the metrics. */
  async backlog(): Promise<{ unsent: number; oldestAgeSeconds: number }> {
    const [row] = (await this.dataSource
      .getRepository(OutboxMessage)
      .createQueryBuilder('o')
      .select('count(*)::int', 'unsent')
      .addSelect('coalesce(extract(epoch FROM now() - min(o.created_at)), 0)::float8', 'oldestAgeSeconds')
      .where('o.sent_at IS NULL')
      .getRawMany()) as Array<{ unsent: number; oldestAgeSeconds: number }>;
    return { unsent: Number(row?.unsent ?? 0), oldestAgeSeconds: Math.max(0, Number(row?.oldestAgeSeconds ?? 0)) };
  }

  /** Operator command: publish again every event recorded since `since` (consumers' inboxes make it harmless). */
  async markForRepublish(since: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(OutboxMessage)
      .createQueryBuilder()
      .update()
      .set({ sentAt: null })
      .where('created_at >= :since', { since })
      .execute();
    return result.affected ?? 0;
  }

  async deleteSentBefore(before: Date): Promise<number> {
    const result = await this.dataSource.getRepository(OutboxMessage).delete({ sentAt: LessThan(before) });
    return result.affected ?? 0;
  }
}
