import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TransferFilter } from '@hotline/contracts';
import { insertOnce, quotedTable } from '@hotline/persistence';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Partner } from '../partners/partner.entity';
import { TransferOut } from './transfer-out.entity';

/** The most transfers one list answers. */
export const TRANSFER_LIST_LIMIT = 200;

/** Transfers out to partners: every query of `transfers_out`, and the partners' outgoing sequence. */
@Injectable()
export class TransfersOutRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The next outgoing sequence number of the partner, taken in this transaction (order per partner). */
  async nextSequence(manager: EntityManager, partnerCode: string): Promise<string> {
    const rows = (await manager.query(
      `UPDATE ${this.table(manager, Partner)} SET "last_sequence_out" = "last_sequence_out" + 1
        WHERE "code" = $1 RETURNING "last_sequence_out"::text AS "sequence"`,
      [partnerCode],
    )) as [Array<{ sequence: string }>, number];
    return rows[0][0].sequence;
  }

  /** Inserts the transfer unless the work order has one to this partner already; false when it had. */
  insertOnce(manager: EntityManager, transfer: TransferOut): Promise<boolean> {
    return insertOnce(manager, TransferOut, transfer, '("work_order_id", "partner_code")');
  }

  /** The partner's HTTPS endpoint took the message (2xx): its technical receipt, unless an answer came first. */
  async markReceived(id: string, now: Date): Promise<void> {
    await this.dataSource.manager.update(TransferOut, { id, status: 'sent' }, { status: 'received', updatedAt: now });
  }

  /** Whether the work order has any transfer (or unrouted alert) yet: an emergency rejection is followed once. */
  async anyOfWorkOrder(workOrderId: string): Promise<boolean> {
    return (await this.dataSource.manager.count(TransferOut, { where: { workOrderId } })) > 0;
  }

  /** The work order's unrouted alert, if any, taken for this transaction. */
  unroutedOf(manager: EntityManager, workOrderId: string): Promise<TransferOut | null> {
    return manager.findOne(TransferOut, {
      where: { workOrderId, status: 'unrouted', acknowledgedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async save(manager: EntityManager, transfer: TransferOut): Promise<void> {
    await manager.save(TransferOut, transfer);
  }

  /** Transfers due to be sent again, oldest first, taken for this transaction (replicas skip each other's). */
  due(manager: EntityManager, now: Date, limit: number): Promise<TransferOut[]> {
    return manager
      .getRepository(TransferOut)
      .createQueryBuilder('t')
      .where('t.next_attempt_at <= :now', { now })
      .orderBy('t.partner_code', 'ASC')
      .addOrderBy('t.sequence', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  findByMessageId(manager: EntityManager, partnerCode: string, messageId: string): Promise<TransferOut | null> {
    return manager.findOne(TransferOut, {
      where: { partnerCode, messageId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  findBySharedIncident(
    manager: EntityManager,
    partnerCode: string,
    sharedIncidentId: string,
  ): Promise<TransferOut | null> {
    return manager.findOne(TransferOut, {
      where: { partnerCode, sharedIncidentId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  list(filter: { status?: TransferFilter; workOrderId?: string }): Promise<TransferOut[]> {
    const query = this.dataSource.manager
      .getRepository(TransferOut)
      .createQueryBuilder('t')
      .orderBy('t.sent_at', 'DESC')
      .addOrderBy('t.id', 'ASC')
      .limit(TRANSFER_LIST_LIMIT);
    if (filter.status === 'unacknowledged') query.andWhere('t.acknowledged_at IS NULL');
    else if (filter.status) query.andWhere('t.status = :status', { status: filter.status });
    if (filter.workOrderId) query.andWhere('t.work_order_id = :workOrderId', { workOrderId: filter.workOrderId });
    return query.getMany();
  }

  private table(manager: EntityManager, entity: typeof Partner): string {
    return quotedTable(manager, entity);
  }
}
