import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertRows } from '@hotline/persistence';
import { SequenceRange } from '@hotline/domain';
import { DataSource, EntityManager, IsNull, LessThanOrEqual, Not } from 'typeorm';
import { PartnerSequenceGap } from './partner-sequence-gap.entity';
import { PartnerSyncState } from './partner-sync-state.entity';

/** Partners' incoming sequences, their open gaps and branch reconciliations: every query of those two tables. */
@Injectable()
export class PartnerSequencesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The partner's state, created at zero the first time, taken for this transaction (one message at a time). */
  async lockState(manager: EntityManager, partnerCode: string): Promise<PartnerSyncState> {
    await insertRows(manager, PartnerSyncState, [{ partnerCode, highestSequence: '0' }], 'ON CONFLICT DO NOTHING');
    return manager.findOneOrFail(PartnerSyncState, {
      where: { partnerCode },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async saveState(manager: EntityManager, { partnerCode, ...changes }: PartnerSyncState): Promise<void> {
    await manager.update(PartnerSyncState, { partnerCode }, changes);
  }

  findState(partnerCode: string): Promise<PartnerSyncState | null> {
    return this.dataSource.manager.findOne(PartnerSyncState, { where: { partnerCode } });
  }

  states(): Promise<PartnerSyncState[]> {
    return this.dataSource.manager.find(PartnerSyncState);
  }

  /** Reconciliations running, taken for this transaction (replicas skip each other's). */
  reconciling(manager: EntityManager): Promise<PartnerSyncState[]> {
    return manager.find(PartnerSyncState, {
      where: { reconciliationCursor: Not(IsNull()) },
      lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
    });
  }

  gapContaining(manager: EntityManager, partnerCode: string, sequence: number): Promise<PartnerSequenceGap | null> {
    return manager
      .getRepository(PartnerSequenceGap)
      .createQueryBuilder('g')
      .where('g.partner_code = :partnerCode AND g.from_sequence <= :sequence AND g.to_sequence >= :sequence', {
        partnerCode,
        sequence,
      })
      .getOne();
  }

  async openGap(manager: EntityManager, partnerCode: string, range: SequenceRange, now: Date): Promise<void> {
    await insertRows(manager, PartnerSequenceGap, [
      {
        partnerCode,
        fromSequence: String(range.from),
        toSequence: String(range.to),
        openedAt: now,
        requestedAt: null,
        requests: 0,
      },
    ]);
  }

  /** Replaces a gap by what remains of it; the pieces keep its requests, so they are not asked for at once again. */
  async splitGap(manager: EntityManager, gap: PartnerSequenceGap, remaining: SequenceRange[]): Promise<void> {
    await manager.delete(PartnerSequenceGap, { partnerCode: gap.partnerCode, fromSequence: gap.fromSequence });
    if (remaining.length > 0)
      await insertRows(
        manager,
        PartnerSequenceGap,
        remaining.map((range) => ({ ...gap, fromSequence: String(range.from), toSequence: String(range.to) })),
      );
  }

  async saveGap(manager: EntityManager, { partnerCode, fromSequence, ...changes }: PartnerSequenceGap): Promise<void> {
    await manager.update(PartnerSequenceGap, { partnerCode, fromSequence }, changes);
  }

  async closeGap(manager: EntityManager, gap: PartnerSequenceGap): Promise<void> {
    await manager.delete(PartnerSequenceGap, { partnerCode: gap.partnerCode, fromSequence: gap.fromSequence });
  }

  /** Closes the gaps a reconciliation covered: those ending at or before `through`. */
  async closeGapsThrough(manager: EntityManager, partnerCode: string, through: string): Promise<void> {
    await manager.delete(PartnerSequenceGap, { partnerCode, toSequence: LessThanOrEqual(through) });
  }

  /** Open gaps, oldest first, taken for this transaction (replicas skip each other's). */
  openGaps(manager: EntityManager, limit: number): Promise<PartnerSequenceGap[]> {
    return manager
      .getRepository(PartnerSequenceGap)
      .createQueryBuilder('g')
      .orderBy('g.opened_at', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  gapsOf(partnerCode?: string): Promise<PartnerSequenceGap[]> {
    return this.dataSource.manager.find(PartnerSequenceGap, {
      where: partnerCode ? { partnerCode } : {},
      order: { partnerCode: 'ASC', fromSequence: 'ASC' },
    });
  }
}
