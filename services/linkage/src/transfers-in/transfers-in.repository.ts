import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertOnce } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { TransferIn } from './transfer-in.entity';

/** Partners' matters handed to 12345: every query of `transfers_in`. */
@Injectable()
export class TransfersInRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Keeps the matter unless the partner's reference is known; false for a repeat. */
  insertOnce(manager: EntityManager, transfer: TransferIn): Promise<boolean> {
    return insertOnce(manager, TransferIn, transfer);
  }

  /** Matters not yet recorded at intake, oldest first, taken for this transaction (replicas skip each other's). */
  pending(manager: EntityManager, limit: number): Promise<TransferIn[]> {
    return manager
      .getRepository(TransferIn)
      .createQueryBuilder('t')
      .where("t.status = 'pending'")
      .orderBy('t.received_at', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** Whether a partner handed this work order over: most were not, and their steps need no more of linkage. */
  handedOver(workOrderId: string): Promise<boolean> {
    return this.dataSource.manager.exists(TransferIn, { where: { workOrderId } });
  }

  /** The hand-over behind a work order, held for this transaction: its steps are reported to the partner one at a time. */
  ofWorkOrderForReport(manager: EntityManager, workOrderId: string): Promise<TransferIn | null> {
    return manager.findOne(TransferIn, { where: { workOrderId }, lock: { mode: 'pessimistic_write' } });
  }

  async markReported(manager: EntityManager, transfer: TransferIn, step: { version: number; at: Date }): Promise<void> {
    await manager.update(
      TransferIn,
      { partnerCode: transfer.partnerCode, partnerReference: transfer.partnerReference },
      { reportedVersion: step.version, reportedStepAt: step.at },
    );
  }

  async save(manager: EntityManager, transfer: TransferIn): Promise<void> {
    await manager.save(TransferIn, transfer);
  }
}
